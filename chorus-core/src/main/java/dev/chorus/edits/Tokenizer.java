package dev.chorus.edits;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a stretch of text into the tokens the diff aligns. Numbers keep their thousands separators and decimals
 * ("3,000", "5.93") so that a figure is one token; words keep inner apostrophes and hyphens ("aren't",
 * "one-sided"); every other visible character is a token of its own, so clause boundaries take part in the
 * alignment. Whitespace is dropped.
 */
final class Tokenizer {
  private static final Pattern TOKEN = Pattern.compile(
      "\\p{N}+(?:[.,]\\p{N}+)*|\\p{L}[\\p{L}\\p{M}\\p{N}]*(?:['’\\-][\\p{L}\\p{M}\\p{N}]+)*|[^\\s\\p{L}\\p{N}]");

  private Tokenizer() {}

  /** The tokens of {@code text} in {@code [from, to)}, with offsets into {@code text}. */
  static List<Token> tokens(String text, int from, int to) {
    List<Token> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    int start = Math.max(0, Math.min(from, text.length()));
    int end = Math.max(start, Math.min(to, text.length()));
    Matcher m = TOKEN.matcher(text);
    m.region(start, end);
    while (m.find()) {
      String s = m.group();
      int cp = s.codePointAt(0);
      Token.Type type = Character.isDigit(cp) || Character.getType(cp) == Character.OTHER_NUMBER
          || Character.getType(cp) == Character.LETTER_NUMBER ? Token.Type.NUMBER
          : Character.isLetter(cp) ? Token.Type.WORD : Token.Type.PUNCT;
      out.add(new Token(m.start(), m.end(), s.toLowerCase(Locale.ROOT).replace('’', '\''), type,
          Character.isUpperCase(cp)));
    }
    return out;
  }

  static List<Token> tokens(String text) {
    return tokens(text, 0, text == null ? 0 : text.length());
  }
}
