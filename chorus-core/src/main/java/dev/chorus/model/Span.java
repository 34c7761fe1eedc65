package dev.chorus.model;

/**
 * Evidence: the characters {@code [start, end)} of one article's cleaned text (Java String indexes),
 * so that {@code article.text().substring(start, end)} is what a finding rests on.
 */
public record Span(String article, int start, int end) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ") in " + article);
    }
  }

  public int length() {
    return end - start;
  }
}
