package dev.chorus.bench;

import dev.chorus.text.WordList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whitespace tokens grouped into sentences the way NLTK's Punkt tokenizer (the one {@code rouge_score} uses for
 * ROUGE-LSum with {@code split_summaries=True}) groups them, as far as its rules can be written without its trained
 * model: a sentence ends at a token ending in {@code . ? !} (closing quotes and brackets may follow) unless that
 * token is a known abbreviation or an initial ("J."). Line breaks alone do not end a sentence, as in Punkt.
 */
final class PunktLikeSentences {
  private static final Set<String> ABBREVIATIONS = WordList.load(PunktLikeSentences.class,
      "sentence-abbreviations.txt");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  /** Sentence-final punctuation, then any closing quotes or brackets. */
  private static final Pattern SENTENCE_FINAL = Pattern.compile("[.?!][\"'”’)\\]»]*$");
  private static final Pattern INITIAL = Pattern.compile("^\\p{L}\\.$");
  private static final Pattern OPENING = Pattern.compile("^[\"'“‘(\\[«]+");

  private PunktLikeSentences() {}

  /** The sentences of {@code text}, each a non-empty list of whitespace tokens. */
  static List<List<String>> split(String text) {
    List<List<String>> out = new ArrayList<>();
    String s = text == null ? "" : text.strip();
    if (s.isEmpty()) {
      return out;
    }
    List<String> sentence = new ArrayList<>();
    for (String token : WHITESPACE.split(s)) {
      sentence.add(token);
      if (endsSentence(token)) {
        out.add(sentence);
        sentence = new ArrayList<>();
      }
    }
    if (!sentence.isEmpty()) {
      out.add(sentence);
    }
    return out;
  }

  static boolean endsSentence(String token) {
    if (!SENTENCE_FINAL.matcher(token).find()) {
      return false;
    }
    if (!token.endsWith(".")) {
      return true; // ? and ! and closing quotes after them always end one
    }
    String word = OPENING.matcher(token.substring(0, token.length() - 1)).replaceFirst("");
    if (INITIAL.matcher(word + ".").matches()) {
      return false;
    }
    return !ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
  }
}
