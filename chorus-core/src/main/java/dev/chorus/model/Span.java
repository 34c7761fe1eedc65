package dev.chorus.model;

/**
 * Evidence: the characters {@code [start, end)} (Java String indexes) of one article's text, and which text it
 * indexes: the {@linkplain Text#CLEANED cleaned text} every finding, passage and sentence rests on
 * ({@code article.text().substring(start, end)}), or the {@linkplain Text#ORIGINAL text as given}, which removals
 * index ({@code article.originalText()}); {@link Article#offsets()} maps the one to the other.
 *
 * @param article the article's id; null only for a span built inside one article's own record (a sentence, a
 *     removal) before it is known, where the article is the one holding it
 */
public record Span(String article, int start, int end, Text indexes) {
  /** The text a span indexes. */
  public enum Text {
    /** The cleaned text, {@code articles.text}. */
    CLEANED,
    /** The text as given (for HTML, its visible blocks one per line), {@code original_texts.text}. */
    ORIGINAL
  }

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ") in " + article);
    }
    if (indexes == null) {
      throw new IllegalArgumentException("a span says which text it indexes");
    }
  }

  /** A span of the cleaned text. */
  public Span(String article, int start, int end) {
    this(article, start, end, Text.CLEANED);
  }

  /** A span of the text as given. */
  public static Span original(String article, int start, int end) {
    return new Span(article, start, end, Text.ORIGINAL);
  }

  public int length() {
    return end - start;
  }

  /** The same characters, of {@code article}. */
  public Span in(String article) {
    return new Span(article, start, end, indexes);
  }
}
