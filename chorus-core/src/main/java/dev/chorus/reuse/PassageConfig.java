package dev.chorus.reuse;

/**
 * Settings of passage reuse, after passim's defaults where they apply.
 *
 * @param ngram words per n-gram in the postings and anchors (passim: 5)
 * @param minDf an n-gram must occur in at least this many documents to pair them (2: otherwise nothing is shared)
 * @param maxDf n-grams in more documents than this are boilerplate and pair nothing (passim: 100)
 * @param minSharedNgrams a document pair needs this many shared n-grams to be aligned
 * @param maxGap anchors further apart than this many words start a new passage
 * @param minPassageWords passages shorter than this (in the first document) are dropped: a shared name or set
 *     phrase is not reuse
 * @param minSimilarity passages whose word alignment is weaker than this are dropped
 */
public record PassageConfig(int ngram, int minDf, int maxDf, int minSharedNgrams, int maxGap, int minPassageWords,
    double minSimilarity) {
  public PassageConfig {
    if (ngram < 1 || minDf < 2 || maxDf < minDf || minSharedNgrams < 1 || maxGap < 0 || minPassageWords < 1
        || minSimilarity < 0 || minSimilarity > 1) {
      throw new IllegalArgumentException("bad passage settings");
    }
  }

  /** n-grams of 5 words, df in [2, 100], two shared n-grams, gaps up to 20 words, passages of 12+ words. */
  public static PassageConfig defaults() {
    return new PassageConfig(5, 2, 100, 2, 20, 12, 0.5);
  }
}
