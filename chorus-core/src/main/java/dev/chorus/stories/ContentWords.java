package dev.chorus.stories;

import dev.chorus.text.StopWords;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Content words of a text with their counts: runs of letters (digits allowed inside), lower-cased, at least three
 * characters, English function words ({@link StopWords#ENGLISH}) dropped. In big piles IDF discounts whatever the
 * list misses (a wire's house words such as "mln"), in small piles (where IDF cannot) it keeps "the" and "said"
 * from making every article look alike.
 */
public final class ContentWords {
  static final int MIN_LENGTH = 3;
  private static final Set<String> STOP = StopWords.ENGLISH;

  private ContentWords() {}

  /** True for the English function words this list drops (lower-case input). */
  public static boolean isFunctionWord(String lowerCaseWord) {
    return STOP.contains(lowerCaseWord);
  }

  /** Word → count. Linear in the text's length; never fails on odd input. */
  static Map<String, Integer> count(String text) {
    return count(text, null);
  }

  /**
   * Word → count; also collects into {@code names} (when not null) the words written with a capital inside a
   * sentence at least once: names of people, places and firms, which tell one event from another better than
   * the vocabulary of its kind ("bid", "shares", "tender") does.
   */
  static Map<String, Integer> count(String text, Set<String> names) {
    Map<String, Integer> counts = new HashMap<>();
    boolean sentenceStart = true;
    int len = text.length();
    int i = 0;
    while (i < len) {
      int cp = text.codePointAt(i);
      if (!Character.isLetterOrDigit(cp)) {
        if (cp == '.' || cp == '!' || cp == '?' || cp == '\n' || cp == ':' || cp == '«' || cp == '"'
            || cp == '“') {
          sentenceStart = true;
        }
        i += Character.charCount(cp);
        continue;
      }
      boolean capital = Character.isUpperCase(cp);
      int start = i;
      boolean letter = false;
      while (i < len && Character.isLetterOrDigit(cp = text.codePointAt(i))) {
        letter |= Character.isLetter(cp);
        i += Character.charCount(cp);
      }
      if (letter && i - start >= MIN_LENGTH) {
        String w = text.substring(start, i).toLowerCase(Locale.ROOT);
        if (!STOP.contains(w)) {
          counts.merge(w, 1, Integer::sum);
          if (names != null && capital && !sentenceStart) {
            names.add(w);
          }
        }
      }
      sentenceStart = false;
    }
    return counts;
  }
}
