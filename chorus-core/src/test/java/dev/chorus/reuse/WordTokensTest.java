package dev.chorus.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordTokensTest {
  @Test
  void ignoresCaseAndPunctuation() {
    WordTokens a = WordTokens.of("The Forces, fight «terrorists»!");
    WordTokens b = WordTokens.of("the forces fight terrorists");
    assertThat(a.size()).isEqualTo(4);
    for (int i = 0; i < 4; i++) {
      assertThat(a.hash(i)).isEqualTo(b.hash(i));
    }
  }

  @Test
  void keepsCharacterSpansOfWords() {
    String text = "  Peaceful protesters — aren’t";
    WordTokens t = WordTokens.of(text);
    assertThat(text.substring(t.start(0), t.end(0))).isEqualTo("Peaceful");
    assertThat(text.substring(t.start(1), t.end(1))).isEqualTo("protesters");
    assertThat(text.substring(t.start(2), t.end(2))).isEqualTo("aren");
  }

  @Test
  void emptyAndPunctuationOnlyTextsHaveNoWords() {
    assertThat(WordTokens.of("").size()).isZero();
    assertThat(WordTokens.of(null).size()).isZero();
    assertThat(WordTokens.of("… — !!! \n\t").size()).isZero();
    assertThat(WordTokens.of("one two").shingleSet(5)).isEmpty();
  }

  @Test
  void shingleSetIsSortedAndDistinct() {
    long[] s = WordTokens.of("a b c a b c a b c").shingleSet(3);
    assertThat(s).hasSize(3).isSorted();
  }

  @Test
  void handlesSurrogatePairsAndUnpairedSurrogates() {
    WordTokens t = WordTokens.of("𝐀𝐁 x\uD800y \uDC00");
    for (int i = 0; i < t.size(); i++) {
      assertThat(t.start(i)).isLessThan(t.end(i));
    }
    assertThat(t.size()).isGreaterThanOrEqualTo(2);
  }
}
