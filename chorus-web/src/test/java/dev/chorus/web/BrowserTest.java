package dev.chorus.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.run.Analysis;
import dev.chorus.run.AnalysisOptions;
import dev.chorus.store.DuckDbWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Drives the real UI in headless Chromium over the demo corpus and over a hostile one. */
class BrowserTest {
  /** What the hostile corpus's scripts would set if any of them ran. */
  static final String MARKER = "window.__chorusPwned";
  static final String PWN = "window.__chorusPwned=1";

  @TempDir static Path tmp;
  static ChromeDriver driver;
  static ChorusServer demo;
  static ChorusServer hostile;
  static Path hostileWs;

  @BeforeAll
  static void setUp() throws Exception {
    Path demoWs = tmp.resolve("demo");
    new Analysis(AnalysisOptions.of(List.of(Path.of("..", "examples", "kazakhstan-2022").toString()), demoWs),
        null).run("test");
    hostileWs = tmp.resolve("hostile");
    Path corpus = Files.createDirectories(tmp.resolve("hostile-corpus"));
    Files.writeString(corpus.resolve("evil.jsonl"), String.join("\n",
        "{\"id\":\"evil-1\",\"title\":\"<script>" + PWN + "</script>Title\",\"source\":\"<img src=x onerror="
            + PWN + ">\",\"url\":\"javascript:" + PWN + "\",\"text\":\"Headline <b>bold</b>\\n"
            + "Body with <img src=x onerror=\\\"" + PWN + "\\\"> and <script>" + PWN + "</script> and a "
            + "<a href=\\\"javascript:" + PWN + "\\\">link</a> in the story text that goes on for a while.\\n"
            + "Subscribe\"}",
        "{\"id\":\"evil-2</script><script>" + PWN + "</script>\",\"url\":\"https://example.org/ok\","
            + "\"text\":\"Second article with </script><script>" + PWN + "</script> inside. It is long enough.\"}"));
    new Analysis(AnalysisOptions.of(List.of(corpus.toString()), hostileWs), null).run("test");
    demo = ChorusServer.start(demoWs, ChorusServer.DEFAULT_HOST, 0);
    hostile = ChorusServer.start(hostileWs, ChorusServer.DEFAULT_HOST, 0);
    driver = Browser.start();
  }

  @AfterAll
  static void tearDown() {
    if (driver != null) {
      driver.quit();
    }
    if (demo != null) {
      demo.close();
    }
    if (hostile != null) {
      hostile.close();
    }
  }

  static WebDriverWait waitUpTo(int seconds) {
    return new WebDriverWait(driver, Duration.ofSeconds(seconds));
  }

  static void open(String url) {
    driver.get(url);
    waitUpTo(10).until(d -> ((ChromeDriver) d).findElement(By.tagName("body")).getAttribute("data-view-ready") != null);
  }

  @Test
  void clickingAFindingOpensTheArticleWithItsSpanHighlighted() throws Exception {
    open(demo.url());
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("5 articles");
    Browser.screenshot(driver, "overview");
    WebElement first = driver.findElement(By.cssSelector("a.evidence"));
    String snippet = first.getText().replace("…", "").strip();
    first.click();
    WebElement mark = waitUpTo(10).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("mark.hl")));
    assertThat(driver.getCurrentUrl()).contains("#/article/");
    String highlighted = driver.findElements(By.cssSelector("mark.hl")).stream().map(WebElement::getText)
        .reduce("", String::concat).replaceAll("\\s+", " ");
    assertThat(highlighted).startsWith(snippet.substring(0, Math.min(30, snippet.length())));
    Long markTop = (Long) driver.executeScript(
        "var r = arguments[0].getBoundingClientRect(); return Math.round(r.top);", mark);
    Long viewport = (Long) driver.executeScript("return window.innerHeight;");
    assertThat(markTop).as("highlight scrolled into view").isBetween(0L, viewport);
    Browser.screenshot(driver, "article");
  }

  @Test
  void fullTextSearchFindsSentencesAndLinksToThem() {
    open(demo.url() + "#/search");
    WebElement box = driver.findElement(By.id("search-q"));
    box.sendKeys("\"peaceful protesters\"");
    box.submit();
    waitUpTo(10).until(d -> ((ChromeDriver) d).findElement(By.tagName("body")).getAttribute("data-search-done") != null);
    List<WebElement> hits = driver.findElements(By.cssSelector("#search-results a.evidence"));
    assertThat(hits).isNotEmpty();
    assertThat(hits).allSatisfy(h -> assertThat(h.getText().toLowerCase()).contains("peaceful protesters"));
    hits.get(0).click();
    assertThat(waitUpTo(10).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("mark.hl")))
        .getText().toLowerCase()).contains("peaceful protesters");
  }

  @Test
  void articleShowsRemovedResidueStruckThroughWithItsReason() {
    open(demo.url() + "#/article/004_a4a6b7a16d3f93f7");
    List<WebElement> removed = driver.findElements(By.cssSelector(".article-text del"));
    assertThat(removed).extracting(WebElement::getText).anySatisfy(t -> assertThat(t).contains("by admin"));
    assertThat(driver.findElements(By.cssSelector(".article-text .reason"))).extracting(WebElement::getText)
        .contains("breadcrumb", "byline");
  }

  @Test
  void hostileTextRendersAsTextAndNoScriptRuns() throws Exception {
    for (String page : List.of("", "#/articles", "#/residue", "#/article/evil-1",
        "#/article/" + java.net.URLEncoder.encode("evil-2</script><script>" + PWN + "</script>", "UTF-8"))) {
      open(hostile.url() + page);
      assertThat(driver.executeScript("return " + MARKER + " === undefined;")).as(page).isEqualTo(true);
      assertThat(driver.findElements(By.cssSelector("a[href^='javascript'], a[href^='JAVASCRIPT'], img, script:not([src])")))
          .as(page).isEmpty();
    }
    open(hostile.url() + "#/article/evil-1");
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("<script>" + PWN + "</script>Title");
    assertThat(driver.findElement(By.cssSelector(".article-text")).getText()).contains("<img src=x onerror=");
    Browser.screenshot(driver, "hostile-article");
  }

  @Test
  void reportFileWorksOfflineAndIsAsSafeAsTheServer() throws Exception {
    Path report = tmp.resolve("report.html");
    try (DuckDbWorkspace ws = DuckDbWorkspace.openReadOnly(hostileWs)) {
      new ReportWriter().write(ws, report);
    }
    String html = Files.readString(report);
    assertThat(html).doesNotContain("<script>" + PWN).contains("Content-Security-Policy");
    open(report.toUri() + "#/article/evil-1");
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("<script>" + PWN + "</script>Title");
    assertThat(driver.executeScript("return " + MARKER + " === undefined;")).isEqualTo(true);
    open(report.toUri() + "#/");
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("2 articles");
  }
}
