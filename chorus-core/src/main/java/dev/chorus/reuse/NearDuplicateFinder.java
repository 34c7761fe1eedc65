package dev.chorus.reuse;

import dev.chorus.util.UnionFind;
import java.util.ArrayList;
import java.util.Arrays;
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
  /** Documents per call: their index is kept in the low 24 bits of a bucket key. */
  public static final int MAX_DOCUMENTS = 1 << 24;
  private static final long DOC_MASK = MAX_DOCUMENTS - 1;

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
    if (n > MAX_DOCUMENTS) {
      throw new IllegalArgumentException("at most " + MAX_DOCUMENTS + " documents per call");
    }
    long[][] signatures = new long[n][];
    for (int i = 0; i < n; i++) {
      signatures[i] = shingleSets.get(i).length == 0 ? null : hasher.signature(shingleSets.get(i));
    }
    PairSet candidates = new PairSet();
    long[] keys = new long[n];
    for (int band = 0; band < config.bands(); band++) {
      int m = 0;
      for (int i = 0; i < n; i++) {
        if (signatures[i] != null) {
          // 40 bits of the band's hash, 24 of the document: one primitive sort groups the bucket; a collision on
          // 40 bits only adds a candidate that exact Jaccard then drops
          keys[m++] = (bandKey(signatures[i], band) & ~DOC_MASK) | i;
        }
      }
      Arrays.sort(keys, 0, m);
      int runStart = 0;
      for (int r = 1; r <= m; r++) {
        if (r == m || (keys[r] & ~DOC_MASK) != (keys[runStart] & ~DOC_MASK)) {
          addBucket(keys, runStart, r, candidates);
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

  private static void addBucket(long[] keys, int from, int to, PairSet out) {
    int size = to - from;
    if (size < 2) {
      return;
    }
    if (size > MAX_BUCKET_PAIRWISE) {
      int first = (int) (keys[from] & DOC_MASK);
      for (int r = from + 1; r < to; r++) {
        out.add(first, (int) (keys[r] & DOC_MASK));
      }
      return;
    }
    for (int x = from; x < to; x++) {
      for (int y = x + 1; y < to; y++) {
        out.add((int) (keys[x] & DOC_MASK), (int) (keys[y] & DOC_MASK));
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
