package dev.chorus.model;

import java.util.List;

/**
 * What the annotate stage found in one article. Empty until that stage runs.
 *
 * @param mentions people, organisations and places, in text order
 * @param quotes quoted speech with its speaker
 * @param times date and time expressions on the calendar
 * @param numbers numbers with qualifier and counted noun phrase
 * @param scareQuotes short quoted phrases that are not speech (a framing signal)
 */
public record Annotations(
    List<Mention> mentions,
    List<Quote> quotes,
    List<TimeExpression> times,
    List<NumberMention> numbers,
    List<Span> scareQuotes) {
  private static final Annotations NONE = new Annotations(List.of(), List.of(), List.of(), List.of(), List.of());

  public Annotations {
    mentions = mentions == null ? List.of() : List.copyOf(mentions);
    quotes = quotes == null ? List.of() : List.copyOf(quotes);
    times = times == null ? List.of() : List.copyOf(times);
    numbers = numbers == null ? List.of() : List.copyOf(numbers);
    scareQuotes = scareQuotes == null ? List.of() : List.copyOf(scareQuotes);
  }

  public static Annotations none() {
    return NONE;
  }
}
