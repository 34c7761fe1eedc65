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
  private final long[] seeds;

  public MinHasher(int hashes, long seed) {
    seeds = new long[hashes];
    long s = seed;
    for (int i = 0; i < hashes; i++) {
      s += 0x9e3779b97f4a7c15L;
      seeds[i] = Hashing.mix(s);
    }
  }

  public int size() {
    return seeds.length;
  }

  /** The signature of a set of (already well-mixed) shingle hashes; an empty set gives all {@code Long.MAX_VALUE}. */
  public long[] signature(long[] shingles) {
    long[] sig = new long[seeds.length];
    Arrays.fill(sig, Long.MAX_VALUE);
    for (long x : shingles) {
      for (int i = 0; i < seeds.length; i++) {
        // xor with a seed then mix: a cheap, independent-enough permutation per position
        long h = Hashing.mix(x ^ seeds[i]);
        if (h < sig[i]) {
          sig[i] = h;
        }
      }
    }
    return sig;
  }
}
