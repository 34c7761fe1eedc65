package dev.chorus.framing;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words of a text with their positions, normalised for counting: lower case, possessive dropped, a plural reduced
 * to its singular by the English noun rules of {@link dev.chorus.text.Words#lemma} ("militants" → "militant",
 * "authorities" → "authority", "news" stays "news"). A word here keeps its hyphens ("pro-government"): a compound
 * is one choice of wording. The rules are crude on purpose: both sides of every comparison go through the same ones.
 */
final class Words {
  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");

  /** Called for each word: its normal form and its span in the text. */
  interface Visitor {
    void word(String normal, int start, int end);
  }

  private Words() {}

  static void forEach(String text, Visitor visitor) {
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = normalise(m.group());
      if (!w.isEmpty()) {
        visitor.word(w, m.start(), m.end());
      }
    }
  }

  static String normalise(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
    if (w.endsWith("'s")) {
      w = w.substring(0, w.length() - 2);
    } else if (w.endsWith("'")) {
      w = w.substring(0, w.length() - 1);
    }
    return dev.chorus.text.Words.lemma(w);
  }
}
