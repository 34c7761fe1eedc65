package dev.chorus.nlp.corenlp;

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
 * Claims, comparisons and the timeline of the standard pipeline on the bundled corpus, analysed once for the class
 * (CoreNLP's models load once per JVM): what a fact-checker would find comparing the five articles.
 */
class BundledCorpusClaimsTest {
  @TempDir static Path dir;
  static JsonNode export;
  static final Map<String, String> texts = new HashMap<>();
  static final Map<String, JsonNode> claims = new HashMap<>();

  @BeforeAll
  static void analyse() throws Exception {
    Path ws = dir.resolve("ws");
    export = AnalysedPile.analyseAndExport(AnalysisOptions.of(List.of(AnalysedPile.DEMO.toString()), ws)
        .withManifest(DemoManifest.write(dir, List.of("000", "001", "002"))), dir.resolve("export.json"));
    for (JsonNode a : export.get("articles")) {
      texts.put(a.get("id").asText().substring(0, 3), a.get("text").asText());
    }
    for (JsonNode c : export.get("claims")) {
      claims.put(c.get("id").asText(), c);
    }
  }

  /** The evidence of a claim: its span of its article's text. */
  private static String evidence(JsonNode claim) {
    return texts.get(claim.get("article").asText().substring(0, 3))
        .substring(claim.get("start").asInt(), claim.get("end").asInt());
  }

  private static List<JsonNode> comparisons(String verdict) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode c : export.get("comparisons")) {
      if (c.get("verdict").asText().equals(verdict)) {
        out.add(c);
      }
    }
    return out;
  }

  /** "article-prefix: evidence" of each claim of a comparison. */
  private static List<String> members(JsonNode comparison) {
    List<String> out = new ArrayList<>();
    for (JsonNode id : comparison.get("claims")) {
      JsonNode c = claims.get(id.asText());
      out.add(c.get("article").asText().substring(0, 3) + ": " + evidence(c));
    }
    return out;
  }

  @Test
  void theCstoForceIsAboutThreeThousandInOneTranslationAndAboutTwoAndAHalfInTheOther() {
    List<JsonNode> conflicts = comparisons("conflict");
    assertThat(conflicts).hasSize(1);
    assertThat(members(conflicts.get(0))).containsExactly("000: about 3,000 peacekeepers", "002: about 2,500 people");
    assertThat(conflicts.get(0).get("reason").asText()).contains("disjoint");
  }

  @Test
  void eighteenOfficersKilledAgreesWithEighteenVictimsAmongPolice() {
    assertThat(comparisons("agree")).anySatisfy(c -> {
      assertThat(members(c)).containsExactly("001: 18 law enforcement officers", "004: 18 victims");
      assertThat(c.get("key").asText()).endsWith("|kill");
    });
  }

  @Test
  void moreThanSevenHundredInjuredAgreesWithOverSevenHundred() {
    assertThat(comparisons("agree")).anySatisfy(c -> {
      assertThat(members(c)).containsExactly("001: More than 700 police officers", "004: over 700");
      assertThat(c.get("key").asText()).endsWith("|injure");
    });
  }

  @Test
  void figuresOnlyOneSourceGivesAreListedAsSingleSource() {
    List<String> single = new ArrayList<>();
    for (JsonNode c : comparisons("single-source")) {
      for (JsonNode id : c.get("claims")) {
        JsonNode claim = claims.get(id.asText());
        single.add(evidence(claim) + " (" + claim.get("predicate").asText() + ")");
      }
    }
    assertThat(single).contains("1,000 civilians (injure)", "26 demonstrators (kill)", "at least 3 thousand (arrest)",
        "75 aircraft (send)");
  }

  @Test
  void datesPageFurnitureAndYearsAreNotClaims() {
    assertThat(claims.values()).extracting(BundledCorpusClaimsTest::evidence)
        .doesNotContain("2", "4", "1920", "2020", "0");
    assertThat(claims.values()).allSatisfy(c -> assertThat(c.get("value").asDouble()).isNotIn(1920.0, 2020.0, 2022.0));
  }

  @Test
  void theTimelineRunsFromTheSecondToTheTenthOfJanuary() {
    JsonNode timeline = export.get("timeline");
    assertThat(timeline.get(0).get("date").asText()).isEqualTo("2022-01-02");
    assertThat(timeline.get(timeline.size() - 1).get("date").asText()).isEqualTo("2022-01-10");
  }

  @Test
  void theStartOfTheProtestsIsOneEventReportedByThreeArticles() {
    JsonNode first = export.get("timeline").get(0);
    assertThat(first.get("articles")).hasSize(3);
    assertThat(first.get("evidence")).hasSizeGreaterThanOrEqualTo(3);
    for (JsonNode e : first.get("evidence")) {
      String sentence = texts.get(e.get("article").asText().substring(0, 3))
          .substring(e.get("start").asInt(), e.get("end").asInt());
      assertThat(sentence).containsAnyOf("January 2", "2 January");
    }
  }

  @Test
  void theRequestToTheCstoAndItsDecisionAreOnTheTimeline() {
    List<String> summaries = new ArrayList<>();
    export.get("timeline").forEach(e -> summaries.add(e.get("date").asText() + " " + e.get("summary").asText()));
    assertThat(summaries).anySatisfy(s -> assertThat(s).startsWith("2022-01-05").contains("asked CSTO for help"));
    assertThat(summaries).anySatisfy(s -> assertThat(s).startsWith("2022-01-06").contains("decided to send"));
  }

  @Test
  void theDayOfMourningIsTheTenthWithItsSourceAndReportDate() {
    JsonNode last = export.get("timeline").get(export.get("timeline").size() - 1);
    assertThat(last.get("summary").asText()).contains("day of national mourning");
    assertThat(last.get("articles").get(0).asText()).startsWith("002");
    assertThat(last.get("precision").asText()).isEqualTo("day");
    assertThat(last.get("reported")).isNotEmpty();
  }

  @Test
  void deicticTodayAndNowDoNotMakeEvents() {
    export.get("timeline").forEach(e -> assertThat(e.get("summary").asText())
        .doesNotStartWith("Currently").doesNotContain("At present"));
  }

  @Test
  void whatTokayevSaidOnTheEighthIsAnEventOfTheEighthReportedLater() {
    assertThat(export.get("timeline")).anySatisfy(e -> {
      assertThat(e.get("summary").asText()).startsWith("On January 8, Tokayev said");
      assertThat(e.get("date").asText()).isEqualTo("2022-01-08");
      assertThat(e.get("reported").get(0).asText()).isNotEqualTo("2022-01-08");
    });
  }
}
