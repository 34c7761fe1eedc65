package dev.chorus.reuse;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Sentence pairs from different documents whose embeddings' cosine reaches a threshold. Up to
 * {@value #EXACT_LIMIT} sentences every pair is compared (exact, and fast enough there); past that the candidates
 * come from an approximate nearest-neighbour index ({@link HnswNeighbours}, Lucene's HNSW), so the cost grows with
 * n log n instead of n².
 */
public final class ParaphraseFinder {
  /** Exact search compares n²/2 pairs: 20,000 sentences is 2·10⁸ dot products, a few seconds on two cores. */
  public static final int EXACT_LIMIT = 20_000;

  private final double threshold;
  private final int exactLimit;

  /** @param threshold cosine a pair needs, calibrated on STS (see {@link ReuseConfig#paraphraseThreshold()}) */
  public ParaphraseFinder(double threshold) {
    this(threshold, EXACT_LIMIT);
  }

  /** @param exactLimit above this many sentences, search the HNSW index instead of every pair */
  public ParaphraseFinder(double threshold, int exactLimit) {
    this.threshold = threshold;
    this.exactLimit = exactLimit;
  }

  /**
   * @param vectors one per sentence, any length (normalised here)
   * @param docOf document index of each sentence; pairs within one document are not reported
   */
  public List<SentencePair> find(float[][] vectors, int[] docOf) {
    if (vectors.length != docOf.length) {
      throw new IllegalArgumentException("one document per vector");
    }
    float[][] unit = new float[vectors.length][];
    for (int i = 0; i < vectors.length; i++) {
      unit[i] = Vectors.normalized(vectors[i]);
    }
    if (unit.length > exactLimit) {
      return HnswNeighbours.pairs(unit, docOf, threshold);
    }
    // rows in parallel (the common pool has one thread per core); each row's pairs in order, so the result is
    // the same as a sequential scan
    return IntStream.range(0, unit.length).parallel()
        .mapToObj(i -> row(unit, docOf, i))
        .flatMap(List::stream)
        .toList();
  }

  private List<SentencePair> row(float[][] unit, int[] docOf, int i) {
    List<SentencePair> out = new ArrayList<>();
    for (int j = i + 1; j < unit.length; j++) {
      if (docOf[i] == docOf[j]) {
        continue;
      }
      double c = Vectors.dot(unit[i], unit[j]);
      if (c >= threshold) {
        out.add(new SentencePair(i, j, c));
      }
    }
    return out;
  }
}
