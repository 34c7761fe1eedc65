package dev.chorus.reuse;

import java.util.List;

/** A stand-in encoder for tests: hashed word counts, so sentences with the same words have cosine 1. */
final class BagOfWordsEncoder implements SentenceEncoder {
  @Override
  public String name() {
    return "bag-of-words";
  }

  @Override
  public int dimension() {
    return 512;
  }

  @Override
  public float[][] encode(List<String> sentences) {
    float[][] out = new float[sentences.size()][];
    for (int i = 0; i < sentences.size(); i++) {
      float[] v = new float[dimension()];
      WordTokens t = WordTokens.of(sentences.get(i));
      for (int w = 0; w < t.size(); w++) {
        v[(int) Math.floorMod(t.hash(w), (long) dimension())] += 1;
      }
      out[i] = v;
    }
    return out;
  }
}
