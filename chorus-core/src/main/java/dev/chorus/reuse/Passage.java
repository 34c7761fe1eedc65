package dev.chorus.reuse;

import dev.chorus.model.Span;

/**
 * A stretch of text found in both documents: span {@code a} of the first's cleaned text and {@code b} of the
 * second's, with a similarity in (0, 1] (1 for identical wording).
 */
public record Passage(Span a, Span b, double similarity) {
  public Passage {
    if (a.indexes() != Span.Text.CLEANED || b.indexes() != Span.Text.CLEANED) {
      throw new IllegalArgumentException("a passage indexes the cleaned texts: " + a + " / " + b);
    }
  }

  /**
   * Characters {@code [aStart, aEnd)} of the first text and {@code [bStart, bEnd)} of the second, before their
   * articles are known (the aligner compares bare texts).
   */
  public Passage(int aStart, int aEnd, int bStart, int bEnd, double similarity) {
    this(new Span(null, aStart, aEnd), new Span(null, bStart, bEnd), similarity);
  }

  /** The same passage, between articles {@code a} and {@code b}. */
  public Passage between(String a, String b) {
    return new Passage(this.a.in(a), this.b.in(b), similarity);
  }

  public int aStart() {
    return a.start();
  }

  public int aEnd() {
    return a.end();
  }

  public int bStart() {
    return b.start();
  }

  public int bEnd() {
    return b.end();
  }
}
