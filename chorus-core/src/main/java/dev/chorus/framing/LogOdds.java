package dev.chorus.framing;

import java.util.Map;

/**
 * Weighted log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi and Quinn, "Fightin' Words",
 * Political Analysis 2008): how much more one group uses a word than the rest, shrunk towards the corpus rate so
 * that rare words do not win by chance, divided by its standard error into a z-score. Written here because no Java
 * library offers it; it is three lines of arithmetic.
 */
final class LogOdds {
  /** Prior strength: the corpus counts scaled to this many pseudo-words (the paper's choice is of this order). */
  static final double PRIOR_SIZE = 500.0;

  private LogOdds() {}

  /**
   * @param yi the word's count in group i; {@code ni} the group's total
   * @param yj the word's count in the rest; {@code nj} the rest's total
   * @param corpusCount the word's count in the whole corpus; {@code corpusTotal} all words
   */
  static double z(int yi, long ni, int yj, long nj, int corpusCount, long corpusTotal) {
    double a = PRIOR_SIZE * corpusCount / Math.max(1, corpusTotal);
    double a0 = PRIOR_SIZE;
    double li = Math.log((yi + a) / (ni + a0 - yi - a));
    double lj = Math.log((yj + a) / (nj + a0 - yj - a));
    double variance = 1.0 / (yi + a) + 1.0 / (yj + a);
    return (li - lj) / Math.sqrt(variance);
  }

  static long total(Map<String, Integer> counts) {
    long n = 0;
    for (int c : counts.values()) {
      n += c;
    }
    return n;
  }
}
