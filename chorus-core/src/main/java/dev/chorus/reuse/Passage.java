package dev.chorus.reuse;

/**
 * A stretch of text found in both documents: characters {@code [aStart, aEnd)} of the first and
 * {@code [bStart, bEnd)} of the second, with a similarity in (0, 1] (1 for identical wording).
 */
public record Passage(int aStart, int aEnd, int bStart, int bEnd, double similarity) {
  public Passage {
    if (aStart < 0 || aEnd < aStart || bStart < 0 || bEnd < bStart) {
      throw new IllegalArgumentException("bad passage " + aStart + "-" + aEnd + " / " + bStart + "-" + bEnd);
    }
  }
}
