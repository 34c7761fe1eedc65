package dev.chorus.clean;

/** Plain text has no title markup: the first line is the title when it reads like a headline. */
final class TitleGuess {
  /** Headlines seen in news crawls stay under ~25 words and 200 characters. */
  static final int MAX_CHARS = 200;
  static final int MAX_WORDS = 25;

  private TitleGuess() {}

  static String firstLineIfTitle(String text) {
    int nl = text.indexOf('\n');
    if (nl < 0) {
      return null; // a one-line text is all body
    }
    String first = text.substring(0, nl).strip();
    if (first.isEmpty() || first.length() > MAX_CHARS || first.split("\\s+").length > MAX_WORDS) {
      return null;
    }
    char last = first.charAt(first.length() - 1);
    if (".;,…".indexOf(last) >= 0) {
      return null; // a sentence, not a headline
    }
    return first;
  }
}
