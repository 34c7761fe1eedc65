package dev.chorus.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IntervalTest {
  @Test
  void aboutAllowsFivePercentEitherSide() {
    assertThat(Interval.of(3000, "about")).isEqualTo(new Interval(2850, true, 3150, true));
  }

  @Test
  void moreThanIsOpenAboveTheFigure() {
    Interval i = Interval.of(700, "more than");
    assertThat(i.low()).isEqualTo(700);
    assertThat(i.lowInclusive()).isFalse();
    assertThat(i.high()).isInfinite();
  }

  @Test
  void atLeastIncludesTheFigure() {
    assertThat(Interval.of(3000, "at least")).isEqualTo(new Interval(3000, true, Double.POSITIVE_INFINITY, false));
  }

  @Test
  void nearlyIsUpToTenPercentShortAndExcludesTheFigure() {
    assertThat(Interval.of(100, "nearly")).isEqualTo(new Interval(90, true, 100, false));
  }

  @Test
  void moreThanSevenHundredDoesNotMeetExactlySevenHundred() {
    assertThat(Interval.of(700, "more than").overlaps(Interval.of(700, null))).isFalse();
    assertThat(Interval.of(700, "at least").overlaps(Interval.of(700, null))).isTrue();
  }

  @Test
  void describesOpenAndClosedEnds() {
    assertThat(Interval.of(700, "over").describe()).isEqualTo("(700, ∞)");
    assertThat(Interval.of(18, null).describe()).isEqualTo("18");
  }
}
