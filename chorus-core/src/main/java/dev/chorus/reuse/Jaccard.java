package dev.chorus.reuse;

/** Exact Jaccard similarity of two sets given as sorted arrays of distinct values. */
public final class Jaccard {
  private Jaccard() {}

  /** |a ∩ b| / |a ∪ b|; two empty sets have similarity 0 (nothing to compare, so not duplicates). */
  public static double of(long[] a, long[] b) {
    if (a.length == 0 || b.length == 0) {
      return 0;
    }
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return (double) common / (a.length + b.length - common);
  }
}
