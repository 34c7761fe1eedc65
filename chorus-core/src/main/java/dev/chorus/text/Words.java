package dev.chorus.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words of a text with their offsets, lower-cased, and an English noun lemma for each. The lemmatiser is a few
 * suffix rules and irregular plurals: enough to match counted nouns ("officers", "casualties", "people") with the
 * vocabulary, where the annotate stage's lemmas are not stored.
 */
public final class Words {
  private static final Pattern WORD = Pattern.compile("\\p{N}+(?:[.,]\\p{N}+)*|\\p{L}+(?:['’]\\p{L}+)*");
  /** Nouns the suffix rules would get wrong ({@code irregular-plurals.tsv}): form → lemma. */
  private static final Map<String, String> IRREGULAR = irregular();

  /** One word: its characters {@code [start, end)}, lower-cased form and noun lemma. */
  public record Word(int start, int end, String form, String lemma) {}

  private Words() {}

  public static List<Word> of(String text, int from, int to) {
    List<Word> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    Matcher m = WORD.matcher(text);
    m.region(Math.max(0, from), Math.min(text.length(), Math.max(from, to)));
    while (m.find()) {
      String form = m.group().toLowerCase(Locale.ROOT).replace('’', '\'');
      out.add(new Word(m.start(), m.end(), form, lemma(form)));
    }
    return out;
  }

  public static List<String> lemmas(String text) {
    List<String> out = new ArrayList<>();
    if (text != null) {
      for (Word w : of(text, 0, text.length())) {
        out.add(w.lemma());
      }
    }
    return out;
  }

  private static Map<String, String> irregular() {
    Map<String, String> out = new HashMap<>();
    for (String line : WordList.lines(Words.class, "irregular-plurals.tsv")) {
      String[] cols = line.split("\t");
      out.put(cols[0].strip().toLowerCase(Locale.ROOT), cols[1].strip());
    }
    return Map.copyOf(out);
  }

  /** Singular of an English noun, lower case; other words come back lower-cased and otherwise unchanged. */
  public static String lemma(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    String irregular = IRREGULAR.get(w);
    if (irregular != null) {
      return irregular;
    }
    int n = w.length();
    if (n <= 3 || !Character.isLetter(w.charAt(n - 1))) {
      return w;
    }
    if (w.endsWith("ies") && n > 4) {
      return w.substring(0, n - 3) + "y";
    }
    if (w.endsWith("sses") || w.endsWith("shes") || w.endsWith("ches") || w.endsWith("xes")) {
      return w.substring(0, n - 2);
    }
    if (w.endsWith("ss") || w.endsWith("us") || w.endsWith("is") || w.endsWith("'s")) {
      return w;
    }
    if (w.endsWith("s")) {
      return w.substring(0, n - 1);
    }
    return w;
  }
}
