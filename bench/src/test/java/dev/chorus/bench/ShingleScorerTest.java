package dev.chorus.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShingleScorerTest {
  private final ShingleScorer scorer = new ShingleScorer();

  @Test
  void identicalTextsScoreOne() {
    ShingleScorer.PageScore s = scorer.score("one two three four five", "one two three four five");
    assertThat(scorer.summarise(List.of(s)).f1()).isEqualTo(1.0);
  }

  @Test
  void countsAreNormalisedPerPage() {
    // truth: 3 shingles; prediction adds one word, so one extra shingle: tp 3, fp 1, fn 0 over 4
    ShingleScorer.PageScore s = scorer.score("a b c d e f", "a b c d e f g");
    assertThat(s.tp()).isCloseTo(0.75, within(1e-9));
    assertThat(s.fp()).isCloseTo(0.25, within(1e-9));
    assertThat(s.fn()).isZero();
  }

  @Test
  void punctuationAndSpacingDoNotMatter() {
    ShingleScorer.PageScore s = scorer.score("one, two; three four!", "one two\nthree   four");
    assertThat(s.tp()).isEqualTo(1.0);
  }

  @Test
  void emptyExtractionCountsForRecallButNotPrecision() {
    ShingleScorer.PageScore empty = scorer.score("one two three four", "");
    ShingleScorer.PageScore perfect = scorer.score("five six seven eight", "five six seven eight");
    ShingleScorer.Summary sum = scorer.summarise(List.of(empty, perfect));
    assertThat(sum.precision()).isEqualTo(1.0);
    assertThat(sum.recall()).isEqualTo(0.5);
  }

  @Test
  void textsShorterThanFourWordsAreOneShingle() {
    assertThat(ShingleScorer.shingles("just two")).containsOnlyKeys("just two");
  }
}
