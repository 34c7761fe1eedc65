package dev.chorus.text;

import java.util.Set;

/**
 * Function words per language, kept as data ({@code stop-words-<language>.txt} in this package, each saying
 * where it came from). Only English is bundled: the word-counting stages (stories, framing, timeline) calibrate
 * on English; for other languages IDF and the stages' length floors do what a list would.
 */
public final class StopWords {
  /** English function words and news discourse words ("said", "according"), lower case. */
  public static final Set<String> ENGLISH = WordList.load(StopWords.class, "stop-words-en.txt");

  private StopWords() {}
}
