package dev.chorus.annotate;

import java.time.LocalDate;

/**
 * Tokens, sentences and typed mentions (names, dates, numbers) of a text, from an NLP library. Implementations
 * live in their own modules (chorus-nlp-corenlp) and load their models once; {@link #annotate} must be safe to call
 * from several threads at once.
 */
public interface NlpBackend {
  /**
   * Annotates {@code text}. Offsets in the result index {@code text}.
   *
   * @param documentDate the date relative expressions ("Wednesday", "today") are resolved against, or null
   */
  NlpDocument annotate(String text, LocalDate documentDate);

  /** A short name for timings and errors, e.g. {@code corenlp-4.5.10}. */
  String name();
}
