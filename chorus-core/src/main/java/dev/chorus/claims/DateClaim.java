package dev.chorus.claims;

import dev.chorus.model.Span;

/**
 * The date a sentence gives an event, made a claim when another article dates the same event otherwise. Its concept
 * is {@code "event"} and its time the date itself; it counts nothing, so qualifier, counted, unit, predicate, subject
 * and speaker are null.
 *
 * @param span the sentence that dates the event
 * @param text the date expression as written
 * @param date the ISO date ({@code 2022-01-02}) or range ({@code 2022-01-02/2022-01-05})
 * @param key {@code date|} and the words the dated sentences share
 */
public record DateClaim(String id, Span span, String text, String date, String key) implements Claim {
  /** The concept of every date claim. */
  public static final String CONCEPT = "event";

  /** The first day of the date or range. */
  public String first() {
    int slash = date.indexOf('/');
    return slash < 0 ? date : date.substring(0, slash);
  }

  /** The last day of the date or range. */
  public String last() {
    int slash = date.indexOf('/');
    return slash < 0 ? date : date.substring(slash + 1);
  }

  @Override
  public String qualifier() {
    return null;
  }

  @Override
  public String counted() {
    return null;
  }

  @Override
  public String unit() {
    return null;
  }

  @Override
  public String concept() {
    return CONCEPT;
  }

  @Override
  public String predicate() {
    return null;
  }

  @Override
  public String subject() {
    return null;
  }

  @Override
  public String speaker() {
    return null;
  }

  @Override
  public String time() {
    return date;
  }
}
