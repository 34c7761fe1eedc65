package dev.chorus.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into words: maximal runs of letters or digits (Unicode code points, any script), so punctuation,
 * quotes, hyphens, apostrophes and spacing always separate words and never make two texts differ. Words are
 * compared lower-cased with {@link Locale#ROOT}. Used where only the words matter: story content words, reuse's
 * word hashes. {@link Words} reads the finer units claims need (numbers with separators, "don't"), and framing
 * keeps hyphenated compounds ("pro-government") whole.
 *
 * <p>Linear in the text's length; accepts any string, including empty or broken surrogates. Stateless.
 */
public final class WordSplitter {
  /** Called with each word's characters {@code [start, end)}, in text order. */
  @FunctionalInterface
  public interface Visitor {
    void word(int start, int end);
  }

  private WordSplitter() {}

  public static void forEach(CharSequence text, Visitor visitor) {
    if (text == null) {
      return;
    }
    int len = text.length();
    int i = 0;
    while (i < len) {
      int cp = Character.codePointAt(text, i);
      if (!Character.isLetterOrDigit(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < len && Character.isLetterOrDigit(cp = Character.codePointAt(text, i))) {
        i += Character.charCount(cp);
      }
      visitor.word(start, i);
    }
  }

  /** The words of {@code text}, lower-cased, in order. */
  public static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    forEach(text, (start, end) -> out.add(lower(text.substring(start, end))));
    return out;
  }

  /** A word as it is compared. */
  public static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }
}
