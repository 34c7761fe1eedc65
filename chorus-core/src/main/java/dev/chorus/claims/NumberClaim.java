package dev.chorus.claims;

import dev.chorus.model.Span;

/**
 * A statement of how many: a figure with what it counts, what happened to them and who says so.
 *
 * @param value the figure
 * @param interval the values the hedged figure allows (see {@link Interval#of})
 * @param time the day the figure refers to, when its sentence gives one (ISO), or null
 * @param key {@code concept|predicate} (and {@code |unit} for a measure); null when the claim says too little to be
 *     compared (a generic noun with no context, or no predicate)
 */
public record NumberClaim(
    String id, Span span, String text, double value, Interval interval, String qualifier, String counted,
    String unit, String concept, String predicate, String subject, String speaker, String time, String key)
    implements Claim {

  /** The claim counting {@code concept} instead, with its key to match. */
  public NumberClaim withConcept(String concept) {
    String k = concept == null || predicate == null ? null : concept + "|" + predicate + (unit == null ? "" : "|" + unit);
    return new NumberClaim(id, span, text, value, interval, qualifier, counted, unit, concept, predicate, subject,
        speaker, time, k);
  }
}
