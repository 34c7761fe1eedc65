package dev.chorus.segment;

import dev.chorus.model.Sentence;
import java.util.List;

/** Splits text into sentences. Implementations are thread-safe. */
public interface SentenceSplitter {
  /**
   * @param language ISO 639-1 code or null when unknown
   * @return sentences in order, trimmed, never empty, never crossing a newline
   */
  List<Sentence> split(String text, String language);
}
