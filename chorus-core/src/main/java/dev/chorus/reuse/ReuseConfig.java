package dev.chorus.reuse;

/**
 * Settings of the reuse stage.
 *
 * @param duplicates near-duplicate detection (Jaccard ≥ 0.8 over word 5-shingles)
 * @param passages verbatim and lightly edited passages
 * @param paraphraseThreshold cosine two sentence embeddings need to say the same thing; calibrated on the STS
 *     Benchmark, see {@link #DEFAULT_PARAPHRASE_THRESHOLD}
 * @param minSentenceWords shorter sentences ("Subscribe", a dateline) are not compared by meaning
 * @param linkMinSentencePairs an article pair needs this many paraphrased sentences for a paraphrase link
 * @param linkMinCoverage ... and they must cover this share of the shorter article's compared sentences
 * @param skipSameSource when true, articles from one source are never linked (reprints within an outlet)
 */
public record ReuseConfig(
    MinHashConfig duplicates,
    PassageConfig passages,
    double paraphraseThreshold,
    int minSentenceWords,
    int linkMinSentencePairs,
    double linkMinCoverage,
    boolean skipSameSource) {

  /**
   * 0.64: the all-MiniLM-L6-v2 cosine with the best F1 on the STS Benchmark train split for "same" = gold ≥ 3
   * ("roughly equivalent"; F1 0.835 on train, 0.814 on dev). Talking points repeat a line in other words, often
   * translated, so "roughly equivalent" is the right bar; "mostly equivalent" (gold ≥ 4) would need 0.77 and misses
   * most translated sentences. Measured with {@code bench/run StsCalibration}; see docs/benchmarks.md.
   */
  public static final double DEFAULT_PARAPHRASE_THRESHOLD = 0.64;

  public static ReuseConfig defaults() {
    return new ReuseConfig(MinHashConfig.defaults(), PassageConfig.defaults(), DEFAULT_PARAPHRASE_THRESHOLD, 4, 3,
        0.25, false);
  }

  public ReuseConfig withParaphraseThreshold(double t) {
    return new ReuseConfig(duplicates, passages, t, minSentenceWords, linkMinSentencePairs, linkMinCoverage,
        skipSameSource);
  }

  public ReuseConfig withSkipSameSource(boolean skip) {
    return new ReuseConfig(duplicates, passages, paraphraseThreshold, minSentenceWords, linkMinSentencePairs,
        linkMinCoverage, skip);
  }
}
