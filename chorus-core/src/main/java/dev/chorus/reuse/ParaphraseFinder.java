package dev.chorus.reuse;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Sentence pairs from different documents whose embeddings' cosine reaches a threshold. Exact search: every pair
 * is compared, which is fast enough for a few thousand sentences (the stories Chorus is given); an approximate
 * index (Lucene HNSW) would take over for larger piles.
 */
public final class ParaphraseFinder {
  private final double threshold;

  /** @param threshold cosine a pair needs, calibrated on STS (see {@link ReuseConfig#paraphraseThreshold()}) */
  public ParaphraseFinder(double threshold) {
    this.threshold = threshold;
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
