package dev.chorus.annotate;

import java.util.List;

/**
 * What an {@link NlpBackend} found in one text. All offsets are Java String indexes into that text, end exclusive.
 *
 * @param tokens every token in order
 * @param sentences sentences in order, as token ranges
 * @param mentions typed mentions in order: PERSON, ORGANIZATION, LOCATION, MISC, DATE, TIME, DURATION, SET,
 *     NUMBER, ORDINAL, MONEY, PERCENT
 */
public record NlpDocument(List<Token> tokens, List<Sentence> sentences, List<NlpMention> mentions) {
  public NlpDocument {
    tokens = List.copyOf(tokens);
    sentences = List.copyOf(sentences);
    mentions = List.copyOf(mentions);
  }

  /** One token with its part of speech, lemma and entity tag ({@code O} outside entities). */
  public record Token(int start, int end, String word, String pos, String lemma, String ner) {}

  /** Tokens {@code [firstToken, endToken)} make up the characters {@code [start, end)}. */
  public record Sentence(int start, int end, int firstToken, int endToken) {}

  /**
   * A typed mention over tokens {@code [firstToken, endToken)}.
   *
   * @param normalized the backend's normalised value (a number "~3000.0", a date "2022-01-02"), or null
   * @param timexType for dates and times: DATE, TIME, DURATION or SET, else null
   * @param timexValue for dates and times: the TIMEX3 value ("2022-01-02", "XXXX-01-02", "PAST_REF"), else null
   */
  public record NlpMention(int start, int end, int firstToken, int endToken, String type, String normalized,
      String timexType, String timexValue) {}
}
