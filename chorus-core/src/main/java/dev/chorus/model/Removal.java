package dev.chorus.model;

/**
 * A stretch of the original text that cleaning dropped, with the reason (a residue pattern's name, or an
 * extractor's verdict). Its span indexes the article's {@linkplain Span.Text#ORIGINAL text as given}.
 */
public record Removal(Span span, String text, String reason) {
  public Removal {
    if (span.indexes() != Span.Text.ORIGINAL) {
      throw new IllegalArgumentException("a removal indexes the text as given: " + span);
    }
  }

  /** A removal of {@code [start, end)} of the text as given of the article that holds it. */
  public Removal(int start, int end, String text, String reason) {
    this(Span.original(null, start, end), text, reason);
  }

  /** The same removal, of {@code article}. */
  public Removal in(String article) {
    return new Removal(span.in(article), text, reason);
  }

  public int start() {
    return span.start();
  }

  public int end() {
    return span.end();
  }
}
