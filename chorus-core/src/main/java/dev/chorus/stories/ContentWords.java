package dev.chorus.stories;

import dev.chorus.text.StopWords;
import dev.chorus.text.WordSplitter;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Content words of a text with their counts: its {@link WordSplitter} words with a letter, lower-cased, at least three
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
    int[] previousEnd = {-1};
    WordSplitter.forEach(text, (start, end) -> {
      boolean sentenceStart = previousEnd[0] < 0 || startsSentence(text, previousEnd[0], start);
      previousEnd[0] = end;
      if (end - start < MIN_LENGTH || !hasLetter(text, start, end)) {
        return;
      }
      String w = WordSplitter.lower(text.substring(start, end));
      if (!STOP.contains(w)) {
        counts.merge(w, 1, Integer::sum);
        if (names != null && Character.isUpperCase(text.codePointAt(start)) && !sentenceStart) {
          names.add(w);
        }
      }
    });
    return counts;
  }

  /** Whether the characters between two words hold a sentence or quotation break. */
  private static boolean startsSentence(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '«' || c == '"' || c == '“') {
        return true;
      }
    }
    return false;
  }

  private static boolean hasLetter(String text, int from, int to) {
    for (int i = from; i < to; ) {
      int cp = text.codePointAt(i);
      if (Character.isLetter(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }
}
