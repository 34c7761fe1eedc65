package dev.chorus.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NearDuplicateFinderTest {
  private static final String BASE = "Kazakhstan's military fight against terrorists, not those who participated in"
      + " peaceful protests, said the Ministry of Foreign Affairs on Saturday in a statement to the press about"
      + " the unrest that began in the west of the country after fuel prices doubled at the start of the year";

  private final NearDuplicateFinder finder = new NearDuplicateFinder(MinHashConfig.defaults());

  @Test
  void findsACopyWithItsLastWordChanged() {
    List<long[]> sets = List.of(finder.shingles(BASE), finder.shingles(BASE.replace("of the year", "of the month")),
        finder.shingles("Cocoa arrivals in Bahia rose for the week as showers eased the drought in the zone"));
    NearDuplicates found = finder.find(sets);
    assertThat(found.pairs()).hasSize(1);
    assertThat(found.pairs().get(0).a()).isEqualTo(0);
    assertThat(found.pairs().get(0).b()).isEqualTo(1);
    assertThat(found.pairs().get(0).jaccard()).isGreaterThanOrEqualTo(0.8);
  }

  @Test
  void reportsOnlyPairsVerifiedByExactJaccard() {
    String half = BASE.substring(0, BASE.length() / 2) + " and then something else entirely was said by others";
    NearDuplicates found = finder.find(List.of(finder.shingles(BASE), finder.shingles(half)));
    assertThat(Jaccard.of(finder.shingles(BASE), finder.shingles(half))).isLessThan(0.8);
    assertThat(found.pairs()).isEmpty();
  }

  @Test
  void joinsCopiesIntoOneCluster() {
    List<long[]> sets = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      sets.add(finder.shingles(BASE));
    }
    sets.add(finder.shingles("A different story about grain exports from the port of Rotterdam this winter"));
    NearDuplicates found = finder.find(sets);
    assertThat(found.clusters()).containsExactly(List.of(0, 1, 2, 3));
  }

  @Test
  void keepsClustersCompleteWhenABucketIsHuge() {
    List<long[]> sets = new ArrayList<>();
    for (int i = 0; i < NearDuplicateFinder.MAX_BUCKET_PAIRWISE + 50; i++) {
      sets.add(finder.shingles(BASE));
    }
    NearDuplicates found = finder.find(sets);
    assertThat(found.clusters()).hasSize(1);
    assertThat(found.clusters().get(0)).hasSize(sets.size());
  }

  @Test
  void emptyAndRandomInputsMakeNoPairs() {
    Random r = new Random(42);
    List<long[]> sets = new ArrayList<>();
    sets.add(new long[0]);
    sets.add(new long[0]);
    for (int i = 0; i < 50; i++) {
      StringBuilder sb = new StringBuilder();
      for (int w = 0; w < 60; w++) {
        sb.append((char) ('a' + r.nextInt(26))).append((char) ('a' + r.nextInt(26))).append(' ');
      }
      sets.add(finder.shingles(sb.toString()));
    }
    assertThat(finder.find(sets).pairs()).isEmpty();
    assertThat(finder.find(List.of()).pairs()).isEmpty();
  }

  @Test
  void bandingReachesTheTargetRecallAtItsThreshold() {
    for (double t : new double[] {0.5, 0.8, 0.9}) {
      MinHashConfig c = MinHashConfig.forThreshold(t);
      assertThat(MinHashConfig.candidateProbability(t, c.bands(), c.rows()))
          .isGreaterThanOrEqualTo(MinHashConfig.TARGET_RECALL);
      assertThat(c.hashes()).isLessThanOrEqualTo(MinHashConfig.MAX_HASHES);
    }
  }
}
