package dev.chorus.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParaphraseFinderTest {
  @Test
  void pairsCloseVectorsFromDifferentDocumentsOnly() {
    float[][] v = {{1, 0}, {0.9f, 0.1f}, {1, 0.01f}, {0, 1}};
    List<SentencePair> pairs = new ParaphraseFinder(0.9).find(v, new int[] {0, 1, 0, 1});
    assertThat(pairs).extracting(SentencePair::a, SentencePair::b)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 1), org.assertj.core.groups.Tuple.tuple(1, 2));
  }

  @Test
  void zeroAndEmptyVectorsPairWithNothing() {
    float[][] v = {{0, 0}, {0, 0}, {}};
    assertThat(new ParaphraseFinder(0.5).find(v, new int[] {0, 1, 2})).isEmpty();
    assertThat(new ParaphraseFinder(0.5).find(new float[0][], new int[0])).isEmpty();
  }
}
