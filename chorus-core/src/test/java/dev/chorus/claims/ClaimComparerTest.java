package dev.chorus.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimComparerTest {
  private static NumberClaim claim(String article, double value, String qualifier, String key) {
    return claim(article, value, qualifier, key, null);
  }

  private static NumberClaim claim(String article, double value, String qualifier, String key, String time) {
    return new NumberClaim(article + "#0", new Span(article, 0, 1), String.valueOf((long) value), value,
        Interval.of(value, qualifier), qualifier, null, null, key == null ? null : key.split("\\|")[0], null, null, article,
        time, key);
  }

  private static Comparison only(List<Comparison> cs) {
    assertThat(cs).hasSize(1);
    return cs.get(0);
  }

  @Test
  void moreThanAndOverTheSameFigureAgree() {
    Comparison c = only(new ClaimComparer().compare(List.of(
        claim("a", 700, "more than", "police|injure"), claim("b", 700, "over", "police|injure"))));
    assertThat(c.verdict()).isEqualTo(Verdict.AGREE);
    assertThat(c.rule()).isEqualTo("same-interval");
    assertThat(c.claims()).containsExactly("a#0", "b#0");
  }

  @Test
  void twoRoundedFiguresThatCannotMeetConflict() {
    Comparison c = only(new ClaimComparer().compare(List.of(
        claim("a", 3000, "about", "troops|send"), claim("b", 2500, "about", "troops|send"))));
    assertThat(c.verdict()).isEqualTo(Verdict.CONFLICT);
    assertThat(c.rule()).isEqualTo("disjoint-intervals");
    assertThat(c.reason()).contains("about 3000", "about 2500", "[2850, 3150]");
  }

  @Test
  void aLowerBoundAndAFigureAboveItAreCompatible() {
    Comparison c = only(new ClaimComparer().compare(List.of(
        claim("a", 6, "at least", "wave|attack"), claim("b", 8, null, "wave|attack"))));
    assertThat(c.verdict()).isEqualTo(Verdict.COMPATIBLE);
    assertThat(c.rule()).isEqualTo("overlapping-intervals");
  }

  @Test
  void aRoundedFigureAgreesWithTheSameExactFigure() {
    Comparison c = only(new ClaimComparer().compare(List.of(
        claim("a", 3000, "about", "troops|send"), claim("b", 3000, null, "troops|send"))));
    assertThat(c.verdict()).isEqualTo(Verdict.AGREE);
    assertThat(c.rule()).isEqualTo("same-figure-hedged");
  }

  @Test
  void exactFiguresThatDifferConflict() {
    Comparison c = only(new ClaimComparer().compare(List.of(
        claim("a", 18, null, "police|kill"), claim("b", 17, null, "police|kill"))));
    assertThat(c.verdict()).isEqualTo(Verdict.CONFLICT);
  }

  @Test
  void figuresForDifferentDaysAreCompatibleNotConflicting() {
    Comparison c = only(new ClaimComparer().compare(List.of(
        claim("a", 8, null, "police|kill", "2022-01-05"), claim("b", 18, null, "police|kill", "2022-01-08"))));
    assertThat(c.verdict()).isEqualTo(Verdict.COMPATIBLE);
    assertThat(c.rule()).isEqualTo("different-times");
  }

  @Test
  void differentKeysAreNeverCompared() {
    List<Comparison> cs = new ClaimComparer().compare(List.of(
        claim("a", 18, null, "police|kill"), claim("b", 18, null, "protesters|injure")));
    assertThat(cs).extracting(Comparison::verdict).containsOnly(Verdict.SINGLE_SOURCE);
    assertThat(cs).hasSize(2);
  }

  @Test
  void aClaimOnlyOneArticleMakesIsSingleSource() {
    List<Comparison> cs = new ClaimComparer().compare(List.of(
        claim("a", 75, null, "aircraft|send"), claim("a", 75, null, "aircraft|send")));
    Comparison c = only(cs);
    assertThat(c.verdict()).isEqualTo(Verdict.SINGLE_SOURCE);
    assertThat(c.rule()).isEqualTo("one-article");
  }

  @Test
  void aClaimWithoutKeyIsListedButComparedWithNothing() {
    List<Comparison> cs = new ClaimComparer().compare(List.of(
        claim("a", 3, null, null), claim("b", 5, null, null)));
    assertThat(cs).extracting(Comparison::rule).containsOnly("not-comparable");
    assertThat(cs).extracting(Comparison::verdict).containsOnly(Verdict.SINGLE_SOURCE);
  }

  @Test
  void oneConflictingPairMakesTheGroupAConflict() {
    Comparison c = only(new ClaimComparer().compare(List.of(claim("a", 700, "more than", "police|injure"),
        claim("b", 700, "over", "police|injure"), claim("c", 500, null, "police|injure"))));
    assertThat(c.verdict()).isEqualTo(Verdict.CONFLICT);
    assertThat(c.claims()).hasSize(3);
  }
}
