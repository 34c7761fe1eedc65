package dev.chorus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.export.JsonExporter;
import dev.chorus.pipeline.CorpusStage;
import dev.chorus.pipeline.Pipeline;
import dev.chorus.pipeline.Stage;
import dev.chorus.reuse.Direction;
import dev.chorus.run.Analysis;
import dev.chorus.run.AnalysisOptions;
import dev.chorus.store.DuckDbWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One answer per analysis: the demo corpus analysed into a fresh workspace, then again into the same workspace
 * (every article already stored, only the corpus stages rerun), exports the same JSON byte for byte. The export
 * carries no run timestamps, so nothing is masked. Runs with every stage module on the classpath.
 */
class RerunDeterminismTest {
  private static final Path DEMO = Path.of("..", "examples", "kazakhstan-2022");
  @TempDir static Path tmp;
  static byte[] fresh;
  static byte[] rerun;
  static byte[] freshWithManifest;
  static byte[] rerunWithManifest;

  @BeforeAll
  static void analyseTwice() throws Exception {
    AnalysisOptions options = AnalysisOptions.of(List.of(DEMO.toString()), tmp.resolve("ws"));
    fresh = analyse(options, "fresh.json");
    rerun = analyse(options, "rerun.json");
    // Two articles dated by a manifest: an article whose own date lies after both loses it in the corpus stage
    // that bounds inferred dates, so a stage reading dates before that one would see a different pile on a rerun.
    Path manifest = Files.writeString(tmp.resolve("manifest.csv"), "file,published\n"
        + "000_ca6464fffe68f93e.txt,2022-01-07\n001_3f8eb6258f048f06.txt,2022-01-06\n");
    AnalysisOptions dated = AnalysisOptions.of(List.of(DEMO.toString()), tmp.resolve("ws-dated"))
        .withManifest(manifest);
    freshWithManifest = analyse(dated, "fresh-dated.json");
    rerunWithManifest = analyse(dated, "rerun-dated.json");
  }

  private static byte[] analyse(AnalysisOptions options, String exportName) throws Exception {
    new Analysis(options, null).run("analyze");
    return export(options.workspace(), exportName);
  }

  private static byte[] export(Path ws, String name) throws Exception {
    Path out = tmp.resolve(name);
    try (DuckDbWorkspace w = DuckDbWorkspace.openReadOnly(ws)) {
      new JsonExporter().export(w, out);
    }
    return Files.readAllBytes(out);
  }

  @Test
  void aRerunOnTheSameWorkspaceExportsTheSameBytes() {
    assertThat(new String(rerun, java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(new String(fresh, java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void aRerunWithManifestDatesExportsTheSameBytes() {
    assertThat(new String(rerunWithManifest, java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(new String(freshWithManifest, java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void stagesThatReadDatesComeAfterTheStageThatChecksThemWhateverOrderTheyAreGivenIn() {
    Pipeline standard = Analysis.standardPipeline(AnalysisOptions.of(List.of(DEMO.toString()), tmp));
    List<Stage> given = new ArrayList<>(standard.articleStages());
    given.addAll(standard.corpusStages());
    Collections.reverse(given);
    Pipeline p = Pipeline.builder().addAll(given).build();
    List<String> order = p.corpusStages().stream().map(CorpusStage::name).toList();
    assertThat(order).contains("reference-dates", "reuse", "claims");
    assertThat(order.indexOf("reference-dates")).isLessThan(order.indexOf("reuse"));
    assertThat(order.indexOf("reference-dates")).isLessThan(order.indexOf("claims"));
  }

  @Test
  void noDirectionRestsOnADateWithoutABasis() throws Exception {
    JsonNode root = new ObjectMapper().readTree(fresh);
    java.util.Map<String, JsonNode> articles = new java.util.HashMap<>();
    for (JsonNode a : root.get("articles")) {
      articles.put(a.get("id").asText(), a);
      if (a.get("published").isNull()) {
        assertThat(a.get("published_inferred").asBoolean()).as(a.get("id").asText()).isFalse();
      } else if (a.get("published_inferred").asBoolean()) {
        assertThat(a.get("published_source").asText()).startsWith("inferred: ")
            .doesNotContain("other articles");
      }
    }
    for (JsonNode tp : root.get("talking_points")) {
      String first = tp.get("first").asText();
      if (!Set.of(Direction.UNDETERMINED, Direction.SAME_DAY).contains(first)) {
        assertThat(articles.get(first).get("published").isNull()).isFalse();
      }
    }
  }
}
