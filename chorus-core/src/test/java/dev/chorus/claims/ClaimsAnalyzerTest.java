package dev.chorus.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.annotate.ArticleFacts;
import dev.chorus.testing.Facts;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimsAnalyzerTest {
  private final ClaimsAnalyzer analyzer = new ClaimsAnalyzer(ClaimVocabulary.bundled());

  @Test
  void conflictsComeFirstThenAgreementsThenSingleSource() {
    ClaimsResult r = analyzer.analyze(List.of(
        Facts.article("a", "The alliance sent about 3,000 peacekeepers. More than 700 police officers were injured. "
                + "Rebels used 75 aircraft.")
            .number("about 3,000 peacekeepers", "3,000", 3000, "about", "peacekeepers")
            .number("More than 700 police officers", "700", 700, "more than", "police officers")
            .number("75 aircraft", "75", 75, null, "aircraft").build(),
        Facts.article("b", "The alliance sent a peacekeeping force with a total strength of about 2,500 people. "
                + "Among the police there are over 700 injured.")
            .number("about 2,500 people", "2,500", 2500, "about", "people")
            .number("over 700", "700", 700, "over", null).build()));
    assertThat(r.comparisons()).extracting(Comparison::verdict)
        .containsExactly(Verdict.CONFLICT, Verdict.AGREE, Verdict.SINGLE_SOURCE);
    assertThat(r.claims()).hasSize(5);
  }

  @Test
  void aDateConflictBecomesTwoDateClaimsAndAConflict() {
    ClaimsResult r = analyzer.analyze(List.of(
        Facts.article("a", "On January 6, the alliance decided to send peacekeepers to Kazakhstan.")
            .day("January 6", "XXXX-01-06", "2022-01-06").build(),
        Facts.article("b", "On January 7, the alliance decided to send peacekeepers to Kazakhstan.")
            .day("January 7", "XXXX-01-07", "2022-01-07").build()));
    assertThat(r.comparisons()).singleElement().satisfies(c -> {
      assertThat(c.verdict()).isEqualTo(Verdict.CONFLICT);
      assertThat(c.rule()).isEqualTo("different-dates");
    });
    assertThat(r.claims()).extracting(c -> ((DateClaim) c).date()).containsExactly("2022-01-06", "2022-01-07");
  }

  @Test
  void claimsOfDifferentStoriesAreNeverCompared() {
    List<ArticleFacts> facts = List.of(
        Facts.article("a", "The alliance sent about 3,000 peacekeepers.")
            .number("about 3,000 peacekeepers", "3,000", 3000, "about", "peacekeepers").build(),
        Facts.article("b", "The alliance sent about 2,500 peacekeepers.")
            .number("about 2,500 peacekeepers", "2,500", 2500, "about", "peacekeepers").build());
    assertThat(analyzer.analyze(facts, java.util.Map.of("a", "s1", "b", "s1")).comparisons())
        .extracting(Comparison::verdict).containsExactly(Verdict.CONFLICT);
    ClaimsResult split = analyzer.analyze(facts, java.util.Map.of("a", "s1", "b", "s2"));
    assertThat(split.comparisons()).extracting(Comparison::verdict)
        .containsOnly(Verdict.SINGLE_SOURCE).hasSize(2);
    assertThat(split.claims()).hasSize(2);
  }

  @Test
  void emptyCorpusGivesNothing() {
    ClaimsResult r = analyzer.analyze(List.of());
    assertThat(r.claims()).isEmpty();
  }
}
