package dev.chorus.reuse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Near-duplicate documents: MinHash signatures, LSH banding for candidate pairs (so work grows with the number of
 * similar pairs, not with the square of the corpus), then exact Jaccard on the shingle sets to keep only true
 * pairs, joined into clusters.
 *
 * <p>Bucketing sorts one long per document and band instead of filling hash maps: it keeps memory flat and is
 * several times faster on large corpora. Thread-safe.
 */
public final class NearDuplicateFinder {
  /**
   * A band bucket with more members than this (thousands of copies of one text) is checked as a star around its
   * first member: clusters stay complete while the pairs do not grow quadratically.
   */
  static final int MAX_BUCKET_PAIRWISE = 200;

  private final MinHashConfig config;
  private final MinHasher hasher;

  public NearDuplicateFinder(MinHashConfig config) {
    this.config = config;
    this.hasher = new MinHasher(config.hashes(), config.seed());
  }

  public MinHashConfig config() {
    return config;
  }

  /** Shingle set of a text under this finder's shingle size. */
  public long[] shingles(String text) {
    return WordTokens.of(text).shingleSet(config.shingleSize());
  }

  /** Finds the pairs of {@code shingleSets} (sorted, distinct values) at or above the threshold. */
  public NearDuplicates find(List<long[]> shingleSets) {
    int n = shingleSets.size();
    long[][] signatures = new long[n][];
    for (int i = 0; i < n; i++) {
      signatures[i] = shingleSets.get(i).length == 0 ? null : hasher.signature(shingleSets.get(i));
    }
    PairSet candidates = new PairSet();
    long[] keys = new long[n];
    int[] order = new int[n];
    for (int band = 0; band < config.bands(); band++) {
      int m = 0;
      for (int i = 0; i < n; i++) {
        if (signatures[i] != null) {
          keys[m] = bandKey(signatures[i], band);
          order[m] = i;
          m++;
        }
      }
      Integer[] idx = new Integer[m];
      for (int i = 0; i < m; i++) {
        idx[i] = i;
      }
      final long[] k = keys;
      Arrays.sort(idx, Comparator.comparingLong((Integer i) -> k[i]).thenComparingInt(i -> i));
      int runStart = 0;
      for (int r = 1; r <= m; r++) {
        if (r == m || keys[idx[r]] != keys[idx[runStart]]) {
          addBucket(idx, order, runStart, r, candidates);
          runStart = r;
        }
      }
    }
    List<DuplicatePair> pairs = new ArrayList<>();
    UnionFind clusters = new UnionFind(n);
    long[] all = candidates.toSortedArray();
    for (long key : all) {
      int a = (int) (key >>> 32);
      int b = (int) key;
      double j = Jaccard.of(shingleSets.get(a), shingleSets.get(b));
      if (j >= config.threshold()) {
        pairs.add(new DuplicatePair(a, b, j));
        clusters.union(a, b);
      }
    }
    return new NearDuplicates(pairs, clusters.groups(2), all.length);
  }

  private static void addBucket(Integer[] idx, int[] order, int from, int to, PairSet out) {
    int size = to - from;
    if (size < 2) {
      return;
    }
    if (size > MAX_BUCKET_PAIRWISE) {
      int first = order[idx[from]];
      for (int r = from + 1; r < to; r++) {
        out.add(first, order[idx[r]]);
      }
      return;
    }
    for (int x = from; x < to; x++) {
      for (int y = x + 1; y < to; y++) {
        out.add(order[idx[x]], order[idx[y]]);
      }
    }
  }

  private long bandKey(long[] sig, int band) {
    long h = band;
    int base = band * config.rows();
    for (int r = 0; r < config.rows(); r++) {
      h = Hashing.mix(h * 31 + sig[base + r]);
    }
    return h;
  }
}
