package dev.chorus.segment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.model.Sentence;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IcuSentenceSplitterTest {
  private final IcuSentenceSplitter splitter = new IcuSentenceSplitter();

  private List<String> split(String text) {
    return splitter.split(text, "en").stream().map(s -> text.substring(s.start(), s.end())).toList();
  }

  @Test
  void newlineAlwaysEndsASentence() {
    assertThat(split("Protests in Kazakhstan\nOn 2 January, protests began")).containsExactly(
        "Protests in Kazakhstan", "On 2 January, protests began");
  }

  @Test
  void abbreviationsDoNotEndSentences() {
    assertThat(split("Mr. Lebedev spoke in the U.S. capital. He left.")).containsExactly(
        "Mr. Lebedev spoke in the U.S. capital.", "He left.");
  }

  @Test
  void linesAreParagraphs() {
    List<Sentence> s = splitter.split("One. Two.\nThree.", "en");
    assertThat(s).extracting(Sentence::paragraph).containsExactly(0, 0, 1);
    assertThat(s).extracting(Sentence::index).containsExactly(0, 1, 2);
  }

  @Test
  void spansAreTrimmedInRangeAndOrdered() {
    Random r = new Random(11);
    String alphabet = "ab .!?\n \"«»Mr";
    for (int round = 0; round < 300; round++) {
      StringBuilder sb = new StringBuilder();
      for (int i = r.nextInt(200); i > 0; i--) {
        sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      int last = 0;
      for (Sentence s : splitter.split(text, null)) {
        assertThat(s.start()).isGreaterThanOrEqualTo(last);
        assertThat(s.end()).isGreaterThan(s.start()).isLessThanOrEqualTo(text.length());
        String t = text.substring(s.start(), s.end());
        assertThat(t).doesNotContain("\n").isEqualTo(t.strip());
        last = s.end();
      }
    }
  }
}
