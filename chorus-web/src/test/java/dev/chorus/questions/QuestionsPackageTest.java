package dev.chorus.questions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.export.ExportFormat;
import dev.chorus.export.JsonExporter;
import dev.chorus.export.TableExporter;
import dev.chorus.pipeline.StageCatalog;
import dev.chorus.run.Analysis;
import dev.chorus.run.AnalysisOptions;
import dev.chorus.store.DuckDbWorkspace;
import dev.chorus.web.ChorusServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stage package added by writing one package and one services line: the example package's stage runs in the
 * standard analysis, its schema is created, and its findings reach the JSON and CSV exports and the UI's sections.
 */
class QuestionsPackageTest {
  /** The stages that need the NLP models, left out so the test loads none. */
  static final Set<String> MODEL_STAGES = Set.of("annotate", "reference-dates", "entities", "claims", "timeline",
      "reuse", "edits");

  @TempDir static Path tmp;
  static Path workspace;

  @BeforeAll
  static void analyse() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(corpus.resolve("a.txt"), "Talks resumed on Monday. Who ordered the shooting? Nobody said.\n",
        StandardCharsets.UTF_8);
    Files.writeString(corpus.resolve("b.txt"), "Prices rose again. Will the government fall? Will it matter?\n",
        StandardCharsets.UTF_8);
    workspace = tmp.resolve("ws");
    new Analysis(AnalysisOptions.of(List.of(corpus.toString()), workspace).withSkippedStages(MODEL_STAGES), null)
        .run("test");
  }

  @Test
  void theStageRunsInTheStandardAnalysisAndItsFindingsReachTheJsonExport() throws Exception {
    Path out = tmp.resolve("export.json");
    try (DuckDbWorkspace ws = DuckDbWorkspace.openReadOnly(workspace)) {
      new JsonExporter().export(ws, out);
    }
    JsonNode root = new ObjectMapper().readTree(out.toFile());
    assertThat(root.get("questions")).hasSize(3);
    for (JsonNode q : root.get("questions")) {
      JsonNode span = q.get("evidence").get(0);
      String text = null;
      for (JsonNode a : root.get("articles")) {
        if (a.get("id").asText().equals(span.get("article").asText())) {
          text = a.get("text").asText();
        }
      }
      assertThat(text).isNotNull();
      assertThat(text.substring(span.get("start").asInt(), span.get("end").asInt()).strip())
          .isEqualTo(q.get("text").asText()).endsWith("?");
    }
  }

  @Test
  void itsTableReachesTheCsvExport() throws Exception {
    Path dir = tmp.resolve("csv");
    try (DuckDbWorkspace ws = DuckDbWorkspace.openReadOnly(workspace)) {
      new TableExporter().export(ws, ExportFormat.CSV, dir);
    }
    List<String> lines = Files.readAllLines(dir.resolve("questions.csv"), StandardCharsets.UTF_8);
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).isEqualTo("article,start,end,text");
  }

  @Test
  void theServerListsCountsAndPagesItsSectionForTheUi() throws Exception {
    assertThat(StageCatalog.installed().view("questions")).isNotNull()
        .satisfies(v -> assertThat(v.countingTable()).isEqualTo("questions"));
    try (ChorusServer server = ChorusServer.start(workspace, ChorusServer.DEFAULT_HOST, 0, null)) {
      HttpClient http = HttpClient.newHttpClient();
      ObjectMapper json = new ObjectMapper();
      JsonNode overview = json.readTree(http.send(HttpRequest.newBuilder(URI.create(server.url() + "api/overview"))
          .build(), HttpResponse.BodyHandlers.ofString()).body());
      assertThat(overview.get("sections").findValuesAsText("name")).contains("questions");
      assertThat(overview.get("counts").get("questions").asLong()).isEqualTo(3);
      HttpResponse<String> page = http.send(HttpRequest.newBuilder(
          URI.create(server.url() + "api/findings/questions?offset=0&limit=2")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("Who ordered the shooting?");
    }
  }
}
