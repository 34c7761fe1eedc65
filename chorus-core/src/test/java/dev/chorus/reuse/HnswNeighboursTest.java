package dev.chorus.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.testing.ClusteredVectors;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HnswNeighboursTest {


  @Test
  void approximateSearchFindsWhatExactSearchFinds() {
    Random r = new Random(11);
    float[][] vectors = ClusteredVectors.generate(r, 300, 4, 48, 0.25);
    int[] docOf = new int[vectors.length];
    for (int i = 0; i < docOf.length; i++) {
      docOf[i] = r.nextInt(50);
    }
    List<SentencePair> exact = new ParaphraseFinder(0.8, Integer.MAX_VALUE).find(vectors, docOf);
    List<SentencePair> approximate = new ParaphraseFinder(0.8, 0).find(vectors, docOf);
    assertThat(exact).isNotEmpty();
    Set<Long> truth = new HashSet<>();
    exact.forEach(p -> truth.add(((long) p.a() << 32) | p.b()));
    long found = approximate.stream().filter(p -> truth.contains(((long) p.a() << 32) | p.b())).count();
    assertThat((double) found / exact.size()).as("recall").isGreaterThanOrEqualTo(0.95);
    assertThat(approximate).allSatisfy(p -> {
      assertThat(p.a()).isLessThan(p.b());
      assertThat(docOf[p.a()]).isNotEqualTo(docOf[p.b()]);
      assertThat(p.score()).isGreaterThanOrEqualTo(0.8);
    });
    assertThat(approximate).doesNotHaveDuplicates();
  }

  @Test
  void emptyInputGivesNoPairs() {
    assertThat(new ParaphraseFinder(0.5, 0).find(new float[0][], new int[0])).isEmpty();
  }
}
