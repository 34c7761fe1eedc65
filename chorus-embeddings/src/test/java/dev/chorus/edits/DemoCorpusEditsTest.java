package dev.chorus.edits;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chorus.run.AnalysisOptions;
import dev.chorus.testing.AnalysedPile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline with the bundled encoder, run once on the bundled corpus: 000 and 002 are two translations of
 * one statement of Kazakhstan's foreign ministry, one giving the CSTO force as "about 3,000 peacekeepers", the other
 * as "about 2,500 people".
 */
class DemoCorpusEditsTest {
  @TempDir static Path dir;
  private static JsonNode export;
  private static final Map<String, String> TEXTS = new HashMap<>();

  @BeforeAll
  static void analyse() throws Exception {
    Path input = AnalysedPile.copyDemo(dir.resolve("input"));
    export = AnalysedPile.analyseAndExport(AnalysisOptions.of(List.of(input.toString()), dir.resolve("ws"))
        .withThreads(2), dir.resolve("export.json"));
    export.get("articles").forEach(a -> TEXTS.put(a.get("id").asText(), a.get("text").asText()));
  }

  @Test
  void theTwoTranslationsShowTheirFigureEdit() {
    List<String> figures = new ArrayList<>();
    for (JsonNode e : export.get("edits")) {
      if (e.get("a").asText().startsWith("000") && e.get("b").asText().startsWith("002")
          && e.get("kind").asText().equals("figure")) {
        figures.add(e.get("a_text").asText() + " / " + e.get("b_text").asText());
      }
    }
    assertThat(figures).contains("3,000 / 2,500");
  }

  @Test
  void everyEditPointsIntoBothArticlesAndNamesItsLink() {
    assertThat(export.get("edits").size()).isPositive();
    int links = export.get("reuse").size();
    for (JsonNode e : export.get("edits")) {
      assertThat(TEXTS.get(e.get("a").asText()).substring(e.get("a_start").asInt(), e.get("a_end").asInt()))
          .isEqualTo(e.get("a_text").asText());
      assertThat(TEXTS.get(e.get("b").asText()).substring(e.get("b_start").asInt(), e.get("b_end").asInt()))
          .isEqualTo(e.get("b_text").asText());
      JsonNode link = export.get("reuse").get(e.get("link").asInt() - 1);
      assertThat(e.get("link").asInt()).isBetween(1, links);
      assertThat(List.of(link.get("a").asText(), link.get("b").asText()))
          .containsExactlyInAnyOrder(e.get("a").asText(), e.get("b").asText());
    }
  }

  @Test
  void theWeightiestEditsComeFirst() {
    int last = 0;
    for (JsonNode e : export.get("edits")) {
      int rank = EditKind.of(e.get("kind").asText()).rank();
      assertThat(rank).isGreaterThanOrEqualTo(last);
      last = rank;
    }
  }
}
