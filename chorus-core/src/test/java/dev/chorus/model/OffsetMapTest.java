package dev.chorus.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class OffsetMapTest {

  @Test
  void identityMapsEveryOffsetToItself() {
    OffsetMap m = OffsetMap.identity(10);
    for (int i = 0; i <= 10; i++) {
      assertThat(m.toOriginal(i)).isEqualTo(i);
      assertThat(m.toOriginalEnd(i)).isEqualTo(i);
    }
  }

  @Test
  void builderMergesContiguousPieces() {
    OffsetMap m = new OffsetMap.Builder().keep(0, 5, 3).keep(3, 8, 2).keep(5, 20, 4).build();
    assertThat(m.segmentCount()).isEqualTo(2);
    assertThat(m.derivedLength()).isEqualTo(9);
  }

  @Test
  void spanEndingAPieceMapsToThatPiecesEnd() {
    // derived "abcXYZ" from original "abc---XYZ"
    OffsetMap m = new OffsetMap.Builder().keep(0, 0, 3).keep(3, 6, 3).build();
    assertThat(m.toOriginal(3)).isEqualTo(6);
    assertThat(m.toOriginalEnd(3)).isEqualTo(3);
    assertThat(m.toOriginalEnd(6)).isEqualTo(9);
  }

  @Test
  void everyKeptCharacterMapsBackToTheSameCharacter() {
    Random random = new Random(42);
    for (int round = 0; round < 200; round++) {
      StringBuilder original = new StringBuilder();
      StringBuilder derived = new StringBuilder();
      OffsetMap.Builder b = new OffsetMap.Builder();
      int pieces = random.nextInt(8);
      for (int p = 0; p < pieces; p++) {
        original.append("#".repeat(random.nextInt(4)));
        String kept = randomWord(random);
        b.keep(derived.length(), original.length(), kept.length());
        derived.append(kept);
        original.append(kept);
      }
      OffsetMap m = b.build();
      for (int i = 0; i < derived.length(); i++) {
        assertThat(original.charAt(m.toOriginal(i))).isEqualTo(derived.charAt(i));
        assertThat(original.charAt(m.toOriginalEnd(i + 1) - 1)).isEqualTo(derived.charAt(i));
      }
    }
  }

  @Test
  void composeChainsTwoMaps() {
    // original "aa--bb--cc" -> middle "aabbcc" -> derived "abbc" (drop one a and one c)
    OffsetMap inner = new OffsetMap.Builder().keep(0, 0, 2).keep(2, 4, 2).keep(4, 8, 2).build();
    OffsetMap outer = new OffsetMap.Builder().keep(0, 1, 4).build();
    OffsetMap both = outer.compose(inner);
    String original = "aa--bb--cc";
    String derived = "abbc";
    for (int i = 0; i < derived.length(); i++) {
      assertThat(original.charAt(both.toOriginal(i))).isEqualTo(derived.charAt(i));
    }
  }

  private static String randomWord(Random r) {
    StringBuilder sb = new StringBuilder();
    int n = 1 + r.nextInt(6);
    for (int i = 0; i < n; i++) {
      sb.append((char) ('a' + r.nextInt(26)));
    }
    return sb.toString();
  }
}
