package dev.chorus.annotate;

import dev.chorus.annotate.NlpDocument.NlpMention;
import dev.chorus.annotate.NlpDocument.Sentence;
import dev.chorus.annotate.NlpDocument.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand-built {@link NlpDocument}s, so the rules can be tested without loading CoreNLP. Tokens are written
 * {@code word/POS} or {@code word/POS/lemma} and found in the text in order; one sentence per line of text.
 */
final class FixtureDocs {
  private final String text;
  private final List<Token> tokens = new ArrayList<>();
  private final List<NlpMention> mentions = new ArrayList<>();
  private int cursor;

  private FixtureDocs(String text) {
    this.text = text;
  }

  static FixtureDocs of(String text) {
    return new FixtureDocs(text);
  }

  FixtureDocs tokens(String... tagged) {
    for (String t : tagged) {
      String[] p = t.split("/");
      int start = text.indexOf(p[0], cursor);
      if (start < 0) {
        throw new IllegalArgumentException("token " + p[0] + " not in text after " + cursor);
      }
      cursor = start + p[0].length();
      tokens.add(new Token(start, cursor, p[0], p[1], p.length > 2 ? p[2] : p[0].toLowerCase(), "O"));
    }
    return this;
  }

  /** A mention over the first occurrence of {@code surface} at or after {@code from}. */
  FixtureDocs mention(String surface, String type, String normalized, String timexValue, int from) {
    return mention(surface, type, normalized, timexValue == null ? null : "DATE", timexValue, from);
  }

  /** A time mention of TIMEX3 type {@code timexType} (DATE, TIME, DURATION, SET) with {@code value}. */
  FixtureDocs timex(String surface, String timexType, String value) {
    return mention(surface, timexType, value, timexType, value, 0);
  }

  private FixtureDocs mention(String surface, String type, String normalized, String timexType, String timexValue,
      int from) {
    int start = text.indexOf(surface, from);
    if (start < 0) {
      throw new IllegalArgumentException(surface + " not in text");
    }
    int end = start + surface.length();
    int first = 0;
    while (first < tokens.size() && tokens.get(first).start() < start) {
      first++;
    }
    int last = first;
    while (last < tokens.size() && tokens.get(last).end() <= end) {
      last++;
    }
    mentions.add(new NlpMention(start, end, first, Math.max(first + 1, last), type, normalized,
        timexType, timexValue));
    mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return this;
  }

  FixtureDocs mention(String surface, String type) {
    return mention(surface, type, null, null, 0);
  }

  NlpDocument build() {
    List<Sentence> sentences = new ArrayList<>();
    int first = 0;
    for (int i = 0; i < tokens.size(); i++) {
      boolean last = i + 1 == tokens.size()
          || text.substring(tokens.get(i).end(), tokens.get(i + 1).start()).contains("\n")
          || tokens.get(i).word().equals(".");
      if (last) {
        sentences.add(new Sentence(tokens.get(first).start(), tokens.get(i).end(), first, i + 1));
        first = i + 1;
      }
    }
    return new NlpDocument(tokens, sentences, mentions);
  }
}
