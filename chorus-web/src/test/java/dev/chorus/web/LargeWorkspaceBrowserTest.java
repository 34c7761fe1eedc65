package dev.chorus.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The UI over a generated workspace of a few thousand articles: pages load what they show and never the whole
 * workspace. Load times are printed (figures for docs/benchmarks.md), not asserted.
 */
class LargeWorkspaceBrowserTest {
  static final int ARTICLES = 3000;
  /** All article texts together are several hundred kB; a page must fetch far less. */
  static final long PAGE_BUDGET_BYTES = 150_000;

  @TempDir static Path tmp;
  static ChorusServer server;
  static ChromeDriver driver;

  @BeforeAll
  static void setUp() throws Exception {
    server = ChorusServer.start(GeneratedWorkspace.create(tmp.resolve("ws"), ARTICLES), ChorusServer.DEFAULT_HOST, 0,
        null);
    driver = Browser.start();
    java.net.http.HttpResponse<byte[]> all = java.net.http.HttpClient.newHttpClient().send(
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url() + "api/data")).build(),
        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    System.out.println("[web-load] " + (ARTICLES + 1) + " articles: the whole export (/api/data) is "
        + all.body().length + " bytes");
  }

  @AfterAll
  static void tearDown() {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  /** Loads the page afresh (so its resource list starts empty) and waits for its route; returns milliseconds. */
  static long load(String hash, String route) {
    driver.get("about:blank");
    long t0 = System.nanoTime();
    driver.get(server.url() + hash);
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> route.equals(
        ((ChromeDriver) d).findElement(By.tagName("body")).getAttribute("data-view-ready")));
    long ms = (System.nanoTime() - t0) / 1_000_000;
    System.out.println("[web-load] " + (ARTICLES + 1) + " articles, " + route + ": " + ms + " ms, "
        + apiBytes() + " bytes of API responses (" + apiRequests().stream()
        .mapToLong(r -> ((Number) r.get("decoded")).longValue()).sum() + " decoded)");
    return ms;
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> apiRequests() {
    return (List<Map<String, Object>>) driver.executeScript("return performance.getEntriesByType('resource')"
        + ".filter(function (e) { return e.name.indexOf('/api/') >= 0; })"
        + ".map(function (e) { return { name: e.name, size: e.encodedBodySize, decoded: e.decodedBodySize }; });");
  }

  static long apiBytes() {
    return apiRequests().stream().mapToLong(r -> ((Number) r.get("size")).longValue()).sum();
  }

  @Test
  void overviewLoadsWithoutTheWholeWorkspace() {
    load("#/", "#/");
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo((ARTICLES + 1) + " articles");
    assertThat(apiRequests()).extracting(r -> (String) r.get("name")).noneMatch(n -> n.contains("/api/data"));
    assertThat(apiBytes()).isLessThan(PAGE_BUDGET_BYTES);
  }

  @Test
  void overviewMarksInferredPublicationDates() {
    load("#/", "#/");
    assertThat(driver.findElement(By.cssSelector("main p.muted")).getText()).contains("2022-01-01 (inferred)");
  }

  @Test
  void articleOpensOnDemandWithItsQuoteMarked() {
    load("#/article/" + GeneratedWorkspace.id(2999), "#/article/" + GeneratedWorkspace.id(2999));
    assertThat(driver.findElement(By.cssSelector(".article-text .quote")).getText())
        .startsWith("we will rebuild the bridge 2999");
    assertThat(apiRequests()).extracting(r -> (String) r.get("name"))
        .noneMatch(n -> n.contains("/api/data") || n.contains("/api/articles") || n.contains("/api/findings"));
    assertThat(apiBytes()).isLessThan(PAGE_BUDGET_BYTES);
  }

  @Test
  void hostileIdOpensItsArticle() {
    String route = "#/article/" + URLEncoder.encode(GeneratedWorkspace.HOSTILE_ID, StandardCharsets.UTF_8)
        .replace("+", "%20");
    load(route, route);
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Title " + ARTICLES);
  }

  @Test
  void articleListPagesWithMore() {
    load("#/articles", "#/articles");
    WebElement box = driver.findElement(By.id("article-pages"));
    assertThat(box.getAttribute("data-shown")).isEqualTo("100");
    driver.findElement(By.cssSelector("button.more")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> "200".equals(box.getAttribute("data-shown")));
    assertThat(driver.findElements(By.cssSelector("#article-pages tbody tr"))).hasSize(200);
  }

  @Test
  void findingListsPageWithMore() {
    load("#/people", "#/people");
    assertThat(driver.findElements(By.cssSelector("ul.quotes li"))).hasSize(500);
    assertThat(driver.findElement(By.cssSelector(".more-line")).getText()).contains("500 of " + ARTICLES + " quotes");
    assertThat(apiBytes()).isLessThan(PAGE_BUDGET_BYTES * 2);
  }
}
