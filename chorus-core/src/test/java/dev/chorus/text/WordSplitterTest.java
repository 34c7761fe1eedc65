package dev.chorus.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordSplitterTest {
  @Test
  void splitsAtPunctuationHyphensAndApostrophes() {
    assertThat(WordSplitter.words("The pro-government «forces» aren’t 2,500-strong!"))
        .containsExactly("the", "pro", "government", "forces", "aren", "t", "2", "500", "strong");
  }

  @Test
  void keepsLettersAndDigitsOfOneRunTogether() {
    assertThat(WordSplitter.words("COVID19 in Q3")).containsExactly("covid19", "in", "q3");
  }

  @Test
  void readsOtherScriptsAndLowerCasesWithoutLocale() {
    assertThat(WordSplitter.words("Токаев заявил: İSTANBUL"))
        .containsExactly("токаев", "заявил", "i\u0307stanbul");
  }

  @Test
  void givesEachWordsCharacterSpan() {
    String text = "  Peaceful protesters — 𝐀𝐁 ok";
    List<String> seen = new ArrayList<>();
    WordSplitter.forEach(text, (s, e) -> seen.add(text.substring(s, e)));
    assertThat(seen).containsExactly("Peaceful", "protesters", "𝐀𝐁", "ok");
  }

  @Test
  void emptyNullAndPunctuationOnlyTextsHaveNoWords() {
    assertThat(WordSplitter.words("")).isEmpty();
    assertThat(WordSplitter.words(null)).isEmpty();
    assertThat(WordSplitter.words(" — «» …")).isEmpty();
  }

  @Test
  void randomTextGivesOrderedSpansOfLettersAndDigitsOnly() {
    Random random = new Random(7);
    for (int round = 0; round < 200; round++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(60); k > 0; k--) {
        sb.append((char) random.nextInt(0x3000)); // lone surrogates included
      }
      String text = sb.toString();
      int[] last = {0};
      WordSplitter.forEach(text, (s, e) -> {
        assertThat(s).isGreaterThanOrEqualTo(last[0]).isLessThan(e);
        assertThat(e).isLessThanOrEqualTo(text.length());
        text.substring(s, e).codePoints().forEach(cp -> assertThat(Character.isLetterOrDigit(cp)).isTrue());
        last[0] = e;
      });
    }
  }
}
