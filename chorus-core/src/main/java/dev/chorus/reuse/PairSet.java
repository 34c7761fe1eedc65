package dev.chorus.reuse;

import java.util.Arrays;

/** A growable set of unordered index pairs packed into longs ({@code min << 32 | max}); duplicates removed on read. */
final class PairSet {
  private long[] keys = new long[64];
  private int n;

  void add(int a, int b) {
    if (a == b) {
      return;
    }
    int lo = Math.min(a, b);
    int hi = Math.max(a, b);
    if (n == keys.length) {
      keys = Arrays.copyOf(keys, n * 2);
    }
    keys[n++] = ((long) lo << 32) | (hi & 0xffffffffL);
  }

  /** The distinct pairs, sorted (by first index, then second). */
  long[] toSortedArray() {
    long[] k = Arrays.copyOf(keys, n);
    Arrays.sort(k);
    int m = 0;
    for (int i = 0; i < k.length; i++) {
      if (i == 0 || k[i] != k[i - 1]) {
        k[m++] = k[i];
      }
    }
    return Arrays.copyOf(k, m);
  }
}
