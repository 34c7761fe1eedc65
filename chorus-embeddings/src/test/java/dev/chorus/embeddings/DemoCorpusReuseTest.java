package dev.chorus.embeddings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chorus.reuse.Direction;
import dev.chorus.run.AnalysisOptions;
import dev.chorus.testing.AnalysedPile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline, run once, on the bundled corpus (one official statement told five ways, without publication
 * dates) plus an unrelated harvest report: properties the reuse findings must have.
 */
class DemoCorpusReuseTest {

  @TempDir static Path dir;
  private static JsonNode export;
  private static final Map<String, String> TEXTS = new HashMap<>();
  private static String first;
  private static String third;

  @BeforeAll
  static void analyse() throws Exception {
    Path input = AnalysedPile.copyDemo(dir.resolve("input"));
    Files.copy(Path.of(DemoCorpusReuseTest.class.getClassLoader().getResource("unrelated/harvest-report.txt").toURI()),
        input.resolve("harvest-report.txt"));
    Path ws = dir.resolve("ws");
    export = AnalysedPile.analyseAndExport(AnalysisOptions.of(List.of(input.toString()), ws).withThreads(2),
        dir.resolve("export.json"));
    for (JsonNode a : export.get("articles")) {
      TEXTS.put(a.get("id").asText(), a.get("text").asText());
      if (a.get("id").asText().startsWith("000")) {
        first = a.get("id").asText();
      } else if (a.get("id").asText().startsWith("002")) {
        third = a.get("id").asText();
      }
    }
  }

  @Test
  void theTwoTranslationsAreOneLinkWithMostSentencesAligned() {
    List<JsonNode> links = links(first, third);
    assertThat(links).hasSize(1);
    JsonNode link = links.get(0);
    assertThat(link.get("kind").asText()).isIn("paraphrase", "verbatim", "duplicate");
    assertThat(link.get("score").asDouble()).isGreaterThan(0.5);
    assertThat(link.get("passages").size()).isGreaterThanOrEqualTo(8);
  }

  @Test
  void theTranslationsAreTheStrongestLink() {
    double best = links(first, third).get(0).get("score").asDouble();
    for (JsonNode l : export.get("reuse")) {
      assertThat(l.get("score").asDouble()).isLessThanOrEqualTo(best);
    }
  }

  @Test
  void passagesPointIntoBothArticles() {
    for (JsonNode l : export.get("reuse")) {
      String a = TEXTS.get(l.get("a").asText());
      String b = TEXTS.get(l.get("b").asText());
      for (JsonNode p : l.get("passages")) {
        assertThat(a.substring(p.get("a_start").asInt(), p.get("a_end").asInt())).isNotBlank();
        assertThat(b.substring(p.get("b_start").asInt(), p.get("b_end").asInt())).isNotBlank();
      }
    }
  }

  @Test
  void talkingPointsSpanningThreeOrMoreArticlesAppear() {
    List<JsonNode> wide = new ArrayList<>();
    for (JsonNode tp : export.get("talking_points")) {
      if (tp.get("articles").size() >= 3) {
        wide.add(tp);
      }
    }
    assertThat(wide).hasSizeGreaterThanOrEqualTo(2);
    assertThat(wide).anySatisfy(tp -> assertThat(memberTexts(tp))
        .anySatisfy(t -> assertThat(t.toLowerCase(Locale.ROOT)).contains("terrorists").contains("peaceful protest")));
  }

  @Test
  void everyTalkingPointHasTwoSourcesAndValidMembers() {
    assertThat(export.get("talking_points").size()).isPositive();
    for (JsonNode tp : export.get("talking_points")) {
      assertThat(tp.get("articles").size()).isGreaterThanOrEqualTo(2);
      assertThat(tp.get("summary").asText()).isNotBlank();
      assertThat(memberTexts(tp)).allSatisfy(t -> assertThat(t).isNotBlank());
    }
  }

  @Test
  void theUnrelatedArticleIsNeitherLinkedNorInATalkingPoint() {
    String harvest = "harvest-report";
    for (JsonNode l : export.get("reuse")) {
      assertThat(List.of(l.get("a").asText(), l.get("b").asText())).doesNotContain(harvest);
    }
    for (JsonNode tp : export.get("talking_points")) {
      assertThat(tp.get("articles").toString()).doesNotContain(harvest);
    }
  }

  @Test
  void withoutPublicationDatesDirectionIsUndetermined() {
    for (JsonNode l : export.get("reuse")) {
      assertThat(l.get("earlier").asText()).isEqualTo(Direction.UNDETERMINED);
    }
    for (JsonNode tp : export.get("talking_points")) {
      assertThat(tp.get("first").asText()).isEqualTo(Direction.UNDETERMINED);
    }
  }

  private static List<JsonNode> links(String a, String b) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode l : export.get("reuse")) {
      if (l.get("a").asText().equals(a) && l.get("b").asText().equals(b)) {
        out.add(l);
      }
    }
    return out;
  }

  private static List<String> memberTexts(JsonNode tp) {
    List<String> out = new ArrayList<>();
    for (JsonNode m : tp.get("members")) {
      out.add(TEXTS.get(m.get("article").asText()).substring(m.get("start").asInt(), m.get("end").asInt()));
    }
    return out;
  }
}
