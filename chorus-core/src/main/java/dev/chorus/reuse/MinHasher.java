package dev.chorus.reuse;

import java.util.Arrays;

/**
 * MinHash signatures of shingle sets: for each of {@code k} hash functions, the smallest hash over the set. Two
 * signatures agree at a position with probability equal to the sets' Jaccard similarity.
 *
 * <p>Hand-written rather than taken from a library: the signature is a dozen lines, and the libraries that have
 * one (Spark MLlib, java-LSH) bring a cluster runtime or are unmaintained. Thread-safe.
 */
public final class MinHasher {
  private final long[] multipliers;
  private final long[] addends;

  public MinHasher(int hashes, long seed) {
    multipliers = new long[hashes];
    addends = new long[hashes];
    long s = seed;
    for (int i = 0; i < hashes; i++) {
      s += 0x9e3779b97f4a7c15L;
      multipliers[i] = Hashing.mix(s) | 1L;
      s += 0x9e3779b97f4a7c15L;
      addends[i] = Hashing.mix(s);
    }
  }

  public int size() {
    return multipliers.length;
  }

  /** The signature of a set of (already well-mixed) shingle hashes; an empty set gives all {@code Long.MAX_VALUE}. */
  public long[] signature(long[] shingles) {
    long[] sig = new long[multipliers.length];
    Arrays.fill(sig, Long.MAX_VALUE);
    for (long x : shingles) {
      for (int i = 0; i < multipliers.length; i++) {
        // multiply-add with an odd multiplier is a permutation of 64-bit words; shingle hashes are already mixed,
        // so this is as good as a full mix per function at a third of the cost
        long h = x * multipliers[i] + addends[i];
        if (h < sig[i]) {
          sig[i] = h;
        }
      }
    }
    return sig;
  }
}
