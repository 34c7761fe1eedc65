package dev.chorus.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The paged API over a generated workspace of a few thousand articles: bounds, unknown and hostile ids. */
class PagedApiTest {
  static final int ARTICLES = 3000;
  static final ObjectMapper JSON = ApiClient.JSON;

  @TempDir static Path tmp;
  static ChorusServer server;

  @BeforeAll
  static void setUp() throws Exception {
    server = ChorusServer.start(GeneratedWorkspace.create(tmp.resolve("ws"), ARTICLES), ChorusServer.DEFAULT_HOST, 0,
        null);
  }

  @AfterAll
  static void tearDown() {
    if (server != null) {
      server.close();
    }
  }

  static HttpResponse<String> get(String pathAndQuery) throws Exception {
    return ApiClient.get(server, pathAndQuery);
  }

  static JsonNode json(String pathAndQuery) throws Exception {
    return ApiClient.json(server, pathAndQuery);
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void overviewCountsEverythingWithoutAnyArticleText() throws Exception {
    HttpResponse<String> r = get("/api/overview");
    JsonNode o = JSON.readTree(r.body());
    assertThat(o.get("article_count").asInt()).isEqualTo(ARTICLES + 1);
    assertThat(o.get("counts").get("quotes").asInt()).isEqualTo(ARTICLES);
    assertThat(o.get("counts").get("residue").asInt()).isEqualTo(ARTICLES + 1);
    assertThat(r.body()).doesNotContain("begins here");
    assertThat(r.body().length()).isLessThan(60_000);
  }

  @Test
  void overviewMarksAnInferredFirstDate() throws Exception {
    JsonNode o = json("/api/overview");
    assertThat(o.get("first_published").asText()).isEqualTo("2022-01-01");
    assertThat(o.get("first_inferred").asBoolean()).isTrue();
  }

  @Test
  void articlesPageHoldsMetadataOnly() throws Exception {
    JsonNode page = json("/api/articles?offset=100&limit=50");
    assertThat(page.get("total").asInt()).isEqualTo(ARTICLES + 1);
    assertThat(page.get("items")).hasSize(50);
    assertThat(page.get("items").get(0).has("title")).isTrue();
    assertThat(page.get("items").get(0).has("text")).isFalse();
  }

  @Test
  void pagePastTheEndIsEmpty() throws Exception {
    assertThat(json("/api/articles?offset=" + (ARTICLES + 5) + "&limit=10").get("items")).isEmpty();
    assertThat(json("/api/findings/quotes?offset=" + ARTICLES + "&limit=10").get("items")).isEmpty();
  }

  @Test
  void pagingOutsideItsBoundsIsRefused() throws Exception {
    for (String q : List.of("limit=0", "limit=501", "offset=-1", "offset=abc", "limit=1e3", "offset=99999999999")) {
      assertThat(get("/api/articles?" + q).statusCode()).as(q).isEqualTo(400);
      assertThat(get("/api/findings/quotes?" + q).statusCode()).as(q).isEqualTo(400);
    }
  }

  @Test
  void findingsCarryTheirEvidenceTextAndTheirArticlesMetadata() throws Exception {
    JsonNode page = json("/api/findings/quotes?offset=10&limit=5");
    assertThat(page.get("total").asInt()).isEqualTo(ARTICLES);
    JsonNode q = page.get("items").get(0);
    assertThat(q.get("snippet").asText()).isEqualTo(q.get("text").asText()).startsWith("we will rebuild the bridge");
    assertThat(page.get("articles").get(q.get("article").asText()).get("source").asText()).startsWith("Outlet");
  }

  @Test
  void sectionsPagedFromTheirTablesMatchTheExport() throws Exception {
    JsonNode page = json("/api/findings/quotes?offset=10&limit=5");
    JsonNode export = json("/api/data").get("quotes");
    for (int i = 0; i < 5; i++) {
      ObjectNode item = (ObjectNode) page.get("items").get(i).deepCopy();
      item.remove("snippet");
      assertThat(item).isEqualTo(export.get(10 + i));
    }
  }

  @Test
  void unknownSectionIsNotFound() throws Exception {
    assertThat(get("/api/findings/articles").statusCode()).isEqualTo(404);
    assertThat(get("/api/findings/..%2F..%2Fetc").statusCode()).isEqualTo(404);
  }

  @Test
  void oneArticleComesWhole() throws Exception {
    JsonNode a = json("/api/article?id=" + GeneratedWorkspace.id(42));
    assertThat(a.get("text").asText()).isEqualTo(GeneratedWorkspace.text(42));
    assertThat(a.get("original_text").asText()).startsWith(GeneratedWorkspace.RESIDUE);
    assertThat(a.get("removed").get(0).get("reason").asText()).isEqualTo("share-prompt");
    assertThat(a.get("offset_map").get(0).get(1).asInt()).isEqualTo(GeneratedWorkspace.RESIDUE.length());
    assertThat(a.get("sentences")).hasSize(1);
    assertThat(a.get("annotations").get("quotes").get(0).get("speaker").asText()).isEqualTo("The minister");
  }

  @Test
  void unknownArticleIsNotFound() throws Exception {
    assertThat(get("/api/article?id=nope").statusCode()).isEqualTo(404);
    assertThat(get("/api/article").statusCode()).isEqualTo(400);
  }

  @Test
  void hostileIdIsLookedUpAsDataNotSql() throws Exception {
    JsonNode a = json("/api/article?id=" + enc(GeneratedWorkspace.HOSTILE_ID));
    assertThat(a.get("id").asText()).isEqualTo(GeneratedWorkspace.HOSTILE_ID);
    assertThat(get("/api/article?id=" + enc("x' OR '1'='1")).statusCode()).isEqualTo(404);
    assertThat(get("/api/article?id=" + enc("gen-00001' --")).statusCode()).isEqualTo(404);
    assertThat(json("/api/overview").get("article_count").asInt()).as("table still there").isEqualTo(ARTICLES + 1);
  }
}
