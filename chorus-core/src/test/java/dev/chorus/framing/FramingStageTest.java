package dev.chorus.framing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.export.JsonExporter;
import dev.chorus.run.Analysis;
import dev.chorus.run.AnalysisOptions;
import dev.chorus.store.DuckDbWorkspace;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FramingStageTest {
  @TempDir Path tmp;

  @Test
  void demoCorpusGetsLabelsPerSourceWithEvidenceOnTheWords() throws Exception {
    new Analysis(AnalysisOptions.of(List.of(Path.of("..", "examples", "kazakhstan-2022").toString()), tmp), null)
        .run("test");
    JsonNode export;
    try (DuckDbWorkspace ws = DuckDbWorkspace.openReadOnly(tmp)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      new JsonExporter().write(ws, out);
      export = new ObjectMapper().readTree(out.toByteArray());
    }
    Map<String, String> texts = new HashMap<>();
    export.get("articles").forEach(a -> texts.put(a.get("id").asText(), a.get("text").asText()));
    JsonNode framing = export.get("framing");
    assertThat(framing).isNotEmpty();
    for (JsonNode term : framing) {
      assertThat(term.get("evidence")).isNotEmpty();
      for (JsonNode span : term.get("evidence")) {
        String word = texts.get(span.get("article").asText()).substring(span.get("start").asInt(),
            span.get("end").asInt());
        assertThat(Words.normalise(word)).isEqualTo(term.get("term").asText());
      }
      assertThat(term.get("count").asInt()).isEqualTo(term.get("evidence").size());
    }
    // the five sources choose different words for the attackers: more than one source uses such labels
    assertThat(framing.findValuesAsText("group").stream().filter("violent or criminal"::equals).count())
        .isGreaterThan(3);
  }
}
