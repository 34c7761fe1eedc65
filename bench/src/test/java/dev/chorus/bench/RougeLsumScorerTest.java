package dev.chorus.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** ROUGE-LSum as rouge_score computes it: union LCS per reference sentence, tokens counted once. */
class RougeLsumScorerTest {
  private final RougeLsumScorer scorer = new RougeLsumScorer();

  @Test
  void identicalTextsScoreOne() {
    RougeLsumScorer.PageScore s = scorer.score("The bridge closed. Cars wait.", "The bridge closed. Cars wait.");
    assertThat(s.f1()).isEqualTo(1.0);
  }

  @Test
  void unionLcsOverCandidateSentences() {
    // Lin (2004), section 3.2: reference "w1 w2 w3 w4 w5", candidates "w1 w2 w6 w7 w8" and "w1 w3 w8 w9 w5":
    // union LCS is w1 w2 w3 w5, 4 hits of 5 reference and 10 candidate tokens.
    RougeLsumScorer.PageScore s = scorer.score("w1 w2 w3 w4 w5.", "w1 w2 w6 w7 w8. w1 w3 w8 w9 w5.");
    assertThat(s.recall()).isCloseTo(4 / 5.0, within(1e-9));
    assertThat(s.precision()).isCloseTo(4 / 10.0, within(1e-9));
  }

  @Test
  void emptyReferenceAndEmptyExtraction() {
    assertThat(scorer.score("", "").f1()).isEqualTo(1.0);
    assertThat(scorer.score("", "Something.").recall()).isEqualTo(1.0);
    assertThat(scorer.score("Something here.", "").f1()).isEqualTo(0.0);
  }

  @Test
  void sentencesEndAtFinalPunctuationButNotAbbreviationsOrLineBreaks() {
    List<List<String>> s = PunktLikeSentences.split("Mr. Smith met J. Doe in the U.S. on Friday.\n"
        + "Headline without a stop\nIt rained. \"Really?\" she asked.");
    assertThat(s).hasSize(4);
    assertThat(s.get(0)).containsExactly("Mr.", "Smith", "met", "J.", "Doe", "in", "the", "U.S.", "on", "Friday.");
    assertThat(s.get(1)).startsWith("Headline").endsWith("rained.");
  }
}
