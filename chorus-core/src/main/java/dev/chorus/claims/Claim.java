package dev.chorus.claims;

import dev.chorus.model.Span;

/**
 * A statement of how many: a figure with what it counts, what happened to them and who says so; or, for a
 * {@linkplain #isDate() date claim}, the date a sentence gives an event.
 *
 * @param id stable id: {@code article#start}
 * @param span the evidence: qualifier, number and counted noun phrase (for a date claim, the sentence)
 * @param text the number as written ("3,000"), or the date expression
 * @param value the figure, or NaN for a date claim
 * @param interval the values the hedged figure allows (see {@link Interval#of}), or null for a date claim
 * @param qualifier the hedge ("about", "more than"), or null
 * @param counted the counted noun phrase as written, or null
 * @param unit the unit or currency of a measure ("percent", "$"), or null
 * @param concept what is counted, normalised through the vocabulary ("police"), or null when unknown
 * @param predicate what happened to them ("kill", "injure", "arrest", "send"), or null
 * @param subject who did it, when the sentence names an actor before the predicate, or null
 * @param speaker who asserts it: the speaker of a quote containing it, else the article's source or id
 * @param time the day the figure refers to, when its sentence gives one (ISO), or null
 * @param key what the claim is about ({@code concept|predicate}); claims with the same key are compared; null when
 *     the claim says too little to be compared (a generic noun with no context, or no predicate)
 * @param date for a date claim, the ISO date or range given to the event, else null
 */
public record Claim(
    String id, Span span, String text, double value, Interval interval, String qualifier, String counted,
    String unit, String concept, String predicate, String subject, String speaker, String time, String key, String date) {

  public boolean isDate() {
    return date != null;
  }

  /** The claim counting {@code concept} instead, with its key to match. */
  public Claim withConcept(String concept) {
    String k = concept == null || predicate == null ? null : concept + "|" + predicate + (unit == null ? "" : "|" + unit);
    return new Claim(id, span, text, value, interval, qualifier, counted, unit, concept, predicate, subject, speaker,
        time, k, date);
  }

  public String article() {
    return span.article();
  }
}
