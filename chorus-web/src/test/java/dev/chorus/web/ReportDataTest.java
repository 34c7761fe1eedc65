package dev.chorus.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.store.DuckDbWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report carries what the server answers: the same overview and section list, the same finding pages and
 * articles, whether it is written from the workspace or from the workspace's JSON export.
 */
class ReportDataTest {
  static final int ARTICLES = 120;
  static final ObjectMapper JSON = ApiClient.JSON;

  @TempDir static Path tmp;
  static Path workspace;
  static ChorusServer server;

  @BeforeAll
  static void setUp() throws Exception {
    workspace = GeneratedWorkspace.create(tmp.resolve("ws"), ARTICLES);
    server = ChorusServer.start(workspace, ChorusServer.DEFAULT_HOST, 0, null);
  }

  @AfterAll
  static void tearDown() {
    if (server != null) {
      server.close();
    }
  }

  static JsonNode get(String pathAndQuery) throws Exception {
    return ApiClient.json(server, pathAndQuery);
  }

  /** The data block of a report file, as the page parses it. */
  static JsonNode embedded(Path report) throws Exception {
    String html = Files.readString(report);
    String open = "<script type=\"application/json\" id=\"chorus-data\">";
    int from = html.indexOf(open) + open.length();
    return JSON.readTree(html.substring(from, html.indexOf("</script>", from)));
  }

  static JsonNode reportOfWorkspace() throws Exception {
    Path out = tmp.resolve("from-workspace.html");
    try (DuckDbWorkspace ws = DuckDbWorkspace.openReadOnly(workspace)) {
      new ReportWriter().write(ws, out);
    }
    return embedded(out);
  }

  static JsonNode reportOfExport() throws Exception {
    Path out = tmp.resolve("from-export.html");
    new ReportWriter().writeExport(JSON.writeValueAsString(get("/api/data")), out);
    return embedded(out);
  }

  @Test
  void reportCarriesTheOverviewTheServerAnswers() throws Exception {
    JsonNode overview = get("/api/overview");
    assertThat(overview.get("article_count").asInt()).isEqualTo(ARTICLES + 1);
    assertThat(reportOfWorkspace().get("overview")).isEqualTo(overview);
  }

  @Test
  void reportWrittenFromTheExportAnswersAsTheWorkspaceDoes() throws Exception {
    JsonNode fromExport = reportOfExport();
    JsonNode fromWorkspace = reportOfWorkspace();
    assertThat(fromExport.get("overview")).isEqualTo(get("/api/overview"));
    assertThat(fromExport.get("articles")).hasSize(ARTICLES + 1).isEqualTo(fromWorkspace.get("articles"));
    assertThat(fromExport.get("findings")).isEqualTo(fromWorkspace.get("findings"));
    String id = GeneratedWorkspace.id(42);
    assertThat(fromExport.get("article").get(id)).isEqualTo(fromWorkspace.get("article").get(id))
        .isEqualTo(get("/api/article?id=" + id));
  }

  @Test
  void sectionListComesFromTheCatalogInDisplayOrder() throws Exception {
    List<String> names = new ArrayList<>();
    get("/api/overview").get("sections").forEach(s -> {
      assertThat(s.get("title").asText()).isNotBlank();
      names.add(s.get("name").asText());
    });
    assertThat(names).isEqualTo(SectionCatalog.sections().stream().map(SectionCatalog.Section::name).toList())
        .contains("quotes", "stories", "residue");
    assertThat(reportOfWorkspace().get("findings").fieldNames()).toIterable().containsExactlyElementsOf(names);
  }

  @Test
  void reportFindingsHoldTheServersPagesWhole() throws Exception {
    JsonNode report = reportOfWorkspace().get("findings");
    for (String section : List.of("quotes", "residue")) {
      JsonNode page = get("/api/findings/" + section + "?offset=10&limit=5");
      assertThat(report.get(section).get("total")).isEqualTo(page.get("total"));
      for (int i = 0; i < 5; i++) {
        assertThat(report.get(section).get("items").get(10 + i)).as(section).isEqualTo(page.get("items").get(i));
      }
    }
  }
}
