package dev.chorus.reuse;

/**
 * Settings of near-duplicate detection.
 *
 * @param shingleSize words per shingle (5: the Reuters ground truth in the benchmark uses word 5-shingles)
 * @param bands LSH bands; two articles become candidates when all rows of one band agree
 * @param rows MinHash values per band; {@code bands * rows} hashes are computed per article
 * @param threshold exact Jaccard an article pair needs to count as a duplicate
 * @param seed seed of the hash family, so signatures are reproducible
 */
public record MinHashConfig(int shingleSize, int bands, int rows, double threshold, long seed) {
  /** Target chance that a pair exactly at the threshold becomes a candidate. */
  static final double TARGET_RECALL = 0.9999;
  /** At most this many hash functions per article: the signature's cost grows with it. */
  static final int MAX_HASHES = 128;

  public MinHashConfig {
    if (shingleSize < 1 || bands < 1 || rows < 1 || threshold <= 0 || threshold > 1) {
      throw new IllegalArgumentException("bad MinHash settings: " + shingleSize + ", " + bands + "x" + rows + ", "
          + threshold);
    }
  }

  /** Duplicates at Jaccard ≥ 0.8 over word 5-shingles. */
  public static MinHashConfig defaults() {
    return forThreshold(0.8);
  }

  /**
   * Chooses the banding for a threshold: the most rows per band (fewest false candidates) such that a pair at the
   * threshold is still a candidate with probability ≥ {@value #TARGET_RECALL}, i.e. {@code 1 - (1 - t^r)^b}.
   */
  public static MinHashConfig forThreshold(double threshold) {
    for (int rows = 8; rows >= 1; rows--) {
      int bands = MAX_HASHES / rows;
      if (candidateProbability(threshold, bands, rows) >= TARGET_RECALL) {
        return new MinHashConfig(5, bands, rows, threshold, 0x5eedL);
      }
    }
    return new MinHashConfig(5, MAX_HASHES, 1, threshold, 0x5eedL);
  }

  /** Chance that two sets of Jaccard similarity {@code j} share at least one band. */
  public static double candidateProbability(double j, int bands, int rows) {
    return 1 - Math.pow(1 - Math.pow(j, rows), bands);
  }

  public int hashes() {
    return bands * rows;
  }

  public MinHashConfig withShingleSize(int n) {
    return new MinHashConfig(n, bands, rows, threshold, seed);
  }
}
