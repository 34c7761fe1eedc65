package dev.chorus.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chorus.run.Analysis;
import dev.chorus.run.AnalysisOptions;
import dev.chorus.store.DuckDbWorkspace;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Drives the real UI in headless Chromium: over the demo corpus analysed with the real annotators and embeddings,
 * over a hostile corpus, and over a hand-made export with claims, comparisons and a timeline (as a report file).
 */
class BrowserTest {
  /** What the hostile corpus's scripts would set if any of them ran. */
  static final String MARKER = "window.__chorusPwned";
  static final String PWN = "window.__chorusPwned=1";

  @TempDir static Path tmp;
  static ChromeDriver driver;
  static ChorusServer demo;
  static ChorusServer hostile;
  static Path hostileWs;
  static Path fixtureReport;

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
    fixtureReport = tmp.resolve("fixture-report.html");
    try (InputStream in = Objects.requireNonNull(BrowserTest.class.getResourceAsStream("fixture-export.json"))) {
      new ReportWriter().writeExport(new String(in.readAllBytes(), StandardCharsets.UTF_8), fixtureReport);
    }
    demo = ChorusServer.start(demoWs, ChorusServer.DEFAULT_HOST, 0);
    hostile = ChorusServer.start(hostileWs, ChorusServer.DEFAULT_HOST, 0, null);
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

  /** Opens the URL (a hash change when only the hash differs) and waits until its route has rendered. */
  static void open(String url) {
    if (url.equals(driver.getCurrentUrl())) {
      driver.navigate().refresh();
    } else {
      driver.executeScript("if (document.body) { document.body.removeAttribute('data-view-ready');"
          + " document.body.removeAttribute('data-search-done'); }");
      driver.get(url);
    }
    int hash = url.indexOf('#');
    String route = hash < 0 ? "#/" : url.substring(hash).replaceFirst("\\?.*", "");
    waitUpTo(10).until(d -> route.equals(((ChromeDriver) d).findElement(By.tagName("body"))
        .getAttribute("data-view-ready")));
  }

  static String highlighted() {
    return driver.findElements(By.cssSelector("mark.hl")).stream().map(WebElement::getText)
        .reduce("", String::concat).replaceAll("\\s+", " ");
  }

  static boolean noScriptRan() {
    return Boolean.TRUE.equals(driver.executeScript("return " + MARKER + " === undefined;"));
  }

  @Test
  void clickingAConflictOrElseTheFirstFindingOpensTheArticleWithItsSpanHighlighted() throws Exception {
    open(demo.url());
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("5 articles");
    Browser.screenshot(driver, "overview");
    List<WebElement> conflicts = driver.findElements(By.cssSelector(".finding.conflict a.evidence"));
    WebElement first = conflicts.isEmpty() ? driver.findElement(By.cssSelector("a.evidence")) : conflicts.get(0);
    String snippet = first.getText().replace("…", "").strip();
    first.click();
    WebElement mark = waitUpTo(10).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("mark.hl")));
    assertThat(driver.getCurrentUrl()).contains("#/article/");
    assertThat(highlighted()).contains(snippet.substring(0, Math.min(30, snippet.length())));
    Long markTop = (Long) driver.executeScript(
        "var r = arguments[0].getBoundingClientRect(); return Math.round(r.top);", mark);
    Long viewport = (Long) driver.executeScript("return window.innerHeight;");
    assertThat(markTop).as("highlight scrolled into view").isBetween(0L, viewport);
    Browser.screenshot(driver, "article");
  }

  @Test
  void overviewListsTheDemoTalkingPointsWithTheirSources() {
    open(demo.url());
    List<WebElement> points = driver.findElements(By.cssSelector(".finding.talking-point"));
    assertThat(points).isNotEmpty();
    assertThat(points.get(0).findElements(By.cssSelector(".sources a.src")).size()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void talkingPointsShowTheirMembersSideBySide() throws Exception {
    open(demo.url() + "#/talking-points");
    WebElement tp = driver.findElement(By.cssSelector("section.tp"));
    List<WebElement> members = tp.findElements(By.cssSelector(".members .member"));
    assertThat(members.size()).isGreaterThanOrEqualTo(2);
    assertThat(members.get(0).getRect().getY()).as("side by side").isEqualTo(members.get(1).getRect().getY());
    assertThat(members).allSatisfy(m -> assertThat(m.findElements(By.cssSelector("a.src"))).hasSize(1));
    Browser.screenshot(driver, "talking-points");
  }

  @Test
  void reuseGraphDrawsEveryArticleAndLinkFromTheServedLibrary() throws Exception {
    open(demo.url() + "#/reuse");
    WebElement graph = driver.findElement(By.id("reuse-graph"));
    assertThat(graph.getAttribute("data-nodes")).as("a small workspace shows unlinked articles too").isEqualTo("5");
    assertThat(Integer.parseInt(graph.getAttribute("data-edges"))).isPositive()
        .isEqualTo(driver.findElements(By.cssSelector("table.links tbody tr")).size());
    assertThat(graph.findElements(By.tagName("canvas"))).isNotEmpty();
    Browser.screenshot(driver, "reuse-graph");
  }

  @Test
  void whatACopyChangedOpensInOneClickFromTheReuseGraphAndFromTalkingPoints() throws Exception {
    open(demo.url() + "#/reuse");
    List<WebElement> changed = driver.findElements(By.cssSelector("table.links a.edits-link"));
    assertThat(changed).as("the demo's two translations of one statement differ in a figure").isNotEmpty();
    String href = changed.get(0).getAttribute("href");
    changed.get(0).click();
    waitUpTo(10).until(d -> ((ChromeDriver) d).getCurrentUrl().contains("#/edits/")
        && ((ChromeDriver) d).findElements(By.cssSelector(".finding.edit")).size() > 0);
    assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("What the copy changed");
    List<WebElement> figures = driver.findElements(By.cssSelector(".finding.edit .kind-figure"));
    assertThat(figures).as("a figure edit").isNotEmpty();
    WebElement figure = figures.get(0).findElement(By.xpath(".."));
    assertThat(figure.findElement(By.tagName("del")).getText()).containsPattern("\\d");
    assertThat(figure.findElement(By.tagName("ins")).getText()).containsPattern("\\d");
    Browser.screenshot(driver, "edits");
    // each side is one click from its characters
    figure.findElement(By.cssSelector("ins a.evidence")).click();
    waitUpTo(10).until(d -> !highlighted().isEmpty());
    assertThat(highlighted()).containsPattern("\\d");

    open(demo.url() + "#/talking-points");
    List<WebElement> fromPoints = driver.findElements(By.cssSelector("section.tp .changes a.edits-link"));
    assertThat(fromPoints).as("a talking point the two translations share links to what the copy changed")
        .isNotEmpty();
    fromPoints.get(0).click();
    waitUpTo(10).until(d -> ((ChromeDriver) d).findElements(By.cssSelector(".finding.edit")).size() > 0);
    assertThat(driver.getCurrentUrl()).contains("#/edits/");
    assertThat(href).contains("#/edits/");
  }

  @Test
  void pagesRunUnderTheirPolicyWithoutAnythingRefused() {
    driver.manage().logs().get(LogType.BROWSER); // drop what earlier tests logged
    for (String url : List.of(demo.url() + "#/", demo.url() + "#/reuse", demo.url() + "#/article/000_ca6464fffe68f93e",
        fixtureReport.toUri() + "#/", fixtureReport.toUri() + "#/reuse", fixtureReport.toUri() + "#/timeline")) {
      open(url);
      assertThat(driver.manage().logs().get(LogType.BROWSER).getAll()).as(url)
          .noneSatisfy(e -> assertThat(e.getMessage()).containsIgnoringCase("Content Security Policy"));
    }
  }

  @Test
  void articleMarksEntitiesAndQuotesInTheirOwnStyles() {
    open(demo.url() + "#/article/000_ca6464fffe68f93e");
    assertThat(driver.findElements(By.cssSelector(".article-text .ent"))).isNotEmpty();
    WebElement quote = driver.findElement(By.cssSelector(".article-text .quote"));
    assertThat(quote.getAttribute("title")).startsWith("quote: ");
    assertThat(quote.getCssValue("font-style")).isEqualTo("italic");
    driver.findElement(By.cssSelector("input[data-layer='quote']")).click();
    assertThat(quote.getCssValue("font-style")).as("layer hidden").isEqualTo("normal");
  }

  @Test
  void overviewCountsAsManySingleSourceClaimsAsTheClaimsViewLists() {
    open(demo.url() + "#/claims");
    int listed = driver.findElements(By.cssSelector(".claim-group.status-single-source")).size();
    open(demo.url());
    String counted = driver.findElement(
        By.xpath("//a[contains(@class,'stat')][span[text()='single-source claims']]/strong")).getText();
    assertThat(listed).isPositive();
    assertThat(Integer.parseInt(counted)).isEqualTo(listed);
  }

  @Test
  void dateExpressionsPagedFromTheirTableMatchTheExport() throws Exception {
    JsonNode export = ApiClient.json(demo, "/api/data").get("time_expressions");
    JsonNode items = ApiClient.json(demo, "/api/findings/time_expressions?limit=500").get("items");
    assertThat(export.size()).isPositive().isEqualTo(items.size());
    for (int i = 0; i < items.size(); i++) {
      ((ObjectNode) items.get(i)).remove("snippet");
    }
    assertThat(items).isEqualTo(export);
  }

  @Test
  void reportOfTheDemoCarriesTheServersOverviewFromTheWorkspaceAndFromItsExport() throws Exception {
    JsonNode overview = ApiClient.json(demo, "/api/overview");
    assertThat(overview.get("counts").get("comparisons").asInt()).isPositive();
    assertThat(overview.get("talking_points")).isNotEmpty();
    Path fromWorkspace = tmp.resolve("demo-report.html");
    try (DuckDbWorkspace ws = DuckDbWorkspace.openReadOnly(tmp.resolve("demo"))) {
      new ReportWriter().write(ws, fromWorkspace);
    }
    Path fromExport = tmp.resolve("demo-export-report.html");
    String export = ApiClient.get(demo, "/api/data").body();
    new ReportWriter().writeExport(export, fromExport);
    System.out.println("[report-size] demo report: " + Files.size(fromWorkspace) + " bytes, from its export: "
        + Files.size(fromExport) + " bytes; the export itself: " + export.length() + " chars");
    JsonNode workspaceData = ReportDataTest.embedded(fromWorkspace);
    JsonNode exportData = ReportDataTest.embedded(fromExport);
    assertThat(workspaceData.get("overview")).isEqualTo(overview);
    assertThat(exportData.get("overview")).isEqualTo(overview);
    assertThat(exportData.get("findings")).isEqualTo(workspaceData.get("findings"));
    // Claims inside an article: the tables keep numbers as doubles (and no value for a date claim), the export
    // writes whole numbers and dates; the spans and texts agree.
    assertThat(withoutClaimValues(exportData.get("article"))).isEqualTo(withoutClaimValues(workspaceData.get("article")));
  }

  static JsonNode withoutClaimValues(JsonNode articles) {
    JsonNode copy = articles.deepCopy();
    copy.forEach(a -> a.path("annotations").path("claims").forEach(c ->
        ((ObjectNode) c).remove(List.of("value", "low", "high"))));
    return copy;
  }

  @Test
  void everySectionTheServerListsWithoutAViewOfItsOwnGetsTheGenericList() throws Exception {
    JsonNode overview = ApiClient.json(demo, "/api/overview");
    List<String> owned = List.of("talking_points", "reuse", "claims", "comparisons", "timeline", "quotes", "framing",
        "residue", "edits");
    int checked = 0;
    for (JsonNode s : overview.get("sections")) {
      String name = s.get("name").asText();
      if (owned.contains(name) || overview.get("counts").get(name).asInt() == 0) {
        continue;
      }
      open(demo.url() + "#/section/" + name);
      assertThat(driver.findElement(By.tagName("h1")).getText()).as(name).startsWith(s.get("title").asText());
      assertThat(driver.findElements(By.cssSelector("#view .finding"))).as(name).isNotEmpty();
      assertThat(driver.findElement(By.cssSelector("#nav a.active")).getAttribute("href")).endsWith("#/section/" + name);
      checked++;
    }
    assertThat(checked).as("entities and dates at least").isGreaterThanOrEqualTo(2);
    open(demo.url() + "#/section/no_such_section");
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("5 articles");
  }

  @Test
  void peopleViewGroupsQuotesBySpeaker() {
    open(demo.url() + "#/people");
    List<WebElement> speakers = driver.findElements(By.cssSelector("section.speaker"));
    assertThat(speakers).isNotEmpty();
    assertThat(speakers.get(0).findElements(By.cssSelector("ul.quotes a.evidence"))).isNotEmpty();
  }

  @Test
  void framingViewShowsEachSourcesWordsForTheActorsAndLinksToThem() throws Exception {
    open(demo.url() + "#/framing");
    List<WebElement> rows = driver.findElements(By.cssSelector("table.framing tbody tr"));
    assertThat(rows).hasSizeGreaterThanOrEqualTo(2);
    assertThat(driver.findElements(By.cssSelector("table.framing th")))
        .extracting(WebElement::getText).contains("violent or criminal");
    Browser.screenshot(driver, "framing");
    WebElement word = driver.findElement(By.cssSelector("table.framing a.evidence"));
    String term = word.getText().replaceAll(" ×\\d+$", "");
    word.click();
    String highlighted = waitUpTo(10).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("mark.hl")))
        .getText().toLowerCase();
    assertThat(highlighted).startsWith(term.substring(0, Math.min(4, term.length())));
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
  void searchByMeaningFindsAParaphraseWithoutTheQuerysWords() {
    open(demo.url() + "#/search");
    WebElement mode = waitUpTo(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("search-mode")));
    new Select(mode).selectByValue("meaning");
    WebElement box = driver.findElement(By.id("search-q"));
    box.sendKeys("foreign soldiers arrive to keep order");
    box.submit();
    waitUpTo(60).until(d -> ((ChromeDriver) d).findElement(By.tagName("body")).getAttribute("data-search-done") != null);
    assertThat(driver.findElement(By.cssSelector("#search-results p")).getText()).endsWith("nearest in meaning first");
    List<WebElement> hits = driver.findElements(By.cssSelector("#search-results a.evidence"));
    assertThat(hits).isNotEmpty();
    assertThat(hits.subList(0, Math.min(3, hits.size()))).extracting(h -> h.getText().toLowerCase())
        .anySatisfy(t -> assertThat(t).contains("peacekeep"));
  }

  @Test
  void searchByMeaningTakesTheVectorsTheAnalysisStored() throws Exception {
    assertThat(rawGet(demo.port(), "/api/search?q=troops&mode=meaning")).startsWith("HTTP/1.1 200");
    SemanticSearch index = demo.meaningIndexIfBuilt();
    assertThat(index.sentenceCount()).isPositive();
    assertThat(index.encodedCount()).as("sentences encoded again").isLessThan(index.sentenceCount() / 2);
  }

  @Test
  void searchByMeaningIsNotOfferedWithoutAnEncoder() {
    open(hostile.url() + "#/search");
    assertThat(driver.findElement(By.id("search-mode")).isDisplayed()).isFalse();
    assertThat(rawGetQuietly(hostile.port(), "/api/search?q=x&mode=meaning")).startsWith("HTTP/1.1 501");
  }

  static String rawGetQuietly(int port, String path) {
    try {
      return rawGet(port, path);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
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
    for (String page : List.of("#/", "#/articles", "#/residue", "#/talking-points", "#/reuse", "#/claims",
        "#/timeline", "#/people", "#/framing", "#/article/evil-1",
        "#/article/" + URLEncoder.encode("evil-2</script><script>" + PWN + "</script>", "UTF-8"))) {
      open(hostile.url() + page);
      assertThat(noScriptRan()).as(page).isTrue();
      assertThat(driver.findElements(By.cssSelector("a[href^='javascript'], a[href^='JAVASCRIPT'], img, script:not([src])")))
          .as(page).isEmpty();
    }
    open(hostile.url() + "#/article/evil-1");
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("<script>" + PWN + "</script>Title");
    assertThat(driver.findElement(By.cssSelector(".article-text")).getText()).contains("<img src=x onerror=");
    Browser.screenshot(driver, "hostile-article");
  }

  @Test
  void staticRoutesRefuseRawPathTraversal() throws Exception {
    for (String path : List.of("/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/vendor/../../../../etc/passwd", "/vendor/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/vendor/..%2f..%2f..%2fetc%2fpasswd", "/vendor/cytoscape.min.js/../../pom.xml")) {
      String response = rawGet(demo.port(), path);
      assertThat(response).as(path).doesNotStartWith("HTTP/1.1 200").doesNotContain("root:x:")
          .doesNotContain("<project");
    }
    assertThat(rawGet(demo.port(), "/vendor/cytoscape.min.js")).startsWith("HTTP/1.1 200");
  }

  /** A request written byte for byte, so no client library normalises the path first. */
  static String rawGet(int port, String path) throws IOException {
    try (Socket s = new Socket(ChorusServer.DEFAULT_HOST, port)) {
      s.setSoTimeout(5000);
      OutputStream out = s.getOutputStream();
      out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      return new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
    }
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
    assertThat(noScriptRan()).isTrue();
    open(report.toUri() + "#/");
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("2 articles");
  }

  @Test
  void reportOverviewPutsConflictsFirstAndTheirEvidenceOneClickAway() throws Exception {
    open(fixtureReport.toUri() + "#/");
    WebElement conflict = driver.findElement(By.cssSelector(".finding.conflict"));
    WebElement talkingPoint = driver.findElement(By.cssSelector(".finding.talking-point"));
    assertThat(conflict.getRect().getY()).isLessThan(talkingPoint.getRect().getY());
    assertThat(conflict.getText()).contains("peacekeepers sent").contains("ranges do not overlap");
    Browser.screenshot(driver, "report-overview");
    conflict.findElement(By.cssSelector("a.evidence")).click();
    waitUpTo(10).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("mark.hl")));
    assertThat(highlighted()).isEqualTo("about 3,000 peacekeepers");
    assertThat(driver.findElements(By.cssSelector(".article-text .claim"))).isNotEmpty();
    assertThat(driver.findElements(By.cssSelector(".article-text .ent"))).isNotEmpty();
  }

  @Test
  void claimsAreGroupedByKeyWithConflictsFirstAndSingleSourceListed() throws Exception {
    open(fixtureReport.toUri() + "#/claims");
    List<WebElement> groups = driver.findElements(By.cssSelector(".claim-group"));
    assertThat(groups).hasSize(3);
    assertThat(groups.get(0).getAttribute("class")).contains("conflict");
    assertThat(groups.get(0).findElements(By.cssSelector("tbody tr"))).hasSize(2);
    assertThat(groups.get(1).getAttribute("class")).contains("status-agree").doesNotContain("conflict");
    WebElement singleHead = driver.findElement(By.id("single-source"));
    assertThat(groups.get(2).getAttribute("class")).contains("status-single-source");
    assertThat(groups.get(2).getRect().getY()).isGreaterThan(singleHead.getRect().getY());
    assertThat(groups.get(2).getText()).contains("<img src=x onerror=");
    assertThat(noScriptRan()).isTrue();
    Browser.screenshot(driver, "claims");
  }

  @Test
  void timelineOrdersEventsByDateWithTheirSources() throws Exception {
    open(fixtureReport.toUri() + "#/timeline");
    List<WebElement> events = driver.findElements(By.cssSelector(".tl-event"));
    assertThat(events).hasSize(2);
    assertThat(events.get(0).findElement(By.cssSelector(".tl-date")).getText()).startsWith("2022-01-02");
    assertThat(events.get(1).findElements(By.cssSelector(".sources a.src"))).hasSize(2);
    assertThat(driver.findElements(By.cssSelector(".tl-strip .tl-day"))).hasSize(5);
    assertThat(driver.findElements(By.cssSelector(".tl-strip .tl-day.has-events"))).hasSize(2);
    assertThat(noScriptRan()).isTrue();
    Browser.screenshot(driver, "timeline");
  }

  @Test
  void hostileFindingsRenderAsTextInEveryViewOfTheReport() {
    for (String page : List.of("#/", "#/talking-points", "#/reuse", "#/claims", "#/timeline", "#/people",
        "#/section/entities", "#/article/a-1", "#/article/a-3", "#/search?q=demonstrators")) {
      open(fixtureReport.toUri() + page);
      assertThat(noScriptRan()).as(page).isTrue();
      assertThat(driver.findElements(By.cssSelector("img, b, a[href^='javascript']"))).as(page).isEmpty();
      assertThat(driver.findElements(By.tagName("script"))).as(page + ": data, Cytoscape and the page's own").hasSize(3);
    }
    open(fixtureReport.toUri() + "#/people");
    assertThat(driver.findElement(By.cssSelector("section.speaker h2")).getText()).startsWith("officials <b>x</b>");
  }

  @Test
  void reportDrawsTheReuseGraphWithItsInlinedLibraryByKind() {
    open(fixtureReport.toUri() + "#/reuse");
    WebElement graph = driver.findElement(By.id("reuse-graph"));
    assertThat(graph.getAttribute("data-nodes")).isEqualTo("3");
    assertThat(graph.getAttribute("data-edges")).isEqualTo("3");
    assertThat(driver.findElements(By.cssSelector("table.links .kind"))).extracting(WebElement::getText)
        .containsExactlyInAnyOrder("paraphrase", "verbatim", "duplicate");
    assertThat(noScriptRan()).isTrue();
    assertThat(driver.findElements(By.cssSelector("img, a[href^='javascript']"))).isEmpty();
  }
}
