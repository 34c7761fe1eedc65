package dev.chorus.model;

/**
 * A date or time expression resolved to the calendar.
 *
 * @param span where it is
 * @param text the expression as written
 * @param value ISO value: {@code 2022-01-02}, {@code 2022-01}, {@code 2022}, {@code 2022-W01}; for a range
 *     {@code start/end}; null when it cannot be placed on the calendar
 * @param precision how precise {@code value} is
 * @param start first day covered (ISO date), or null
 * @param end last day covered (ISO date), or null
 * @param reference what a relative or year-less expression was resolved against: the article's published date, or
 *     one inferred from its own evidence, or none (an undated article: only expressions that need no anchor have a
 *     value)
 * @param raw the value before resolution ({@code XXXX-01-02}, {@code NARRATIVE+1}, …), kept so the expression can
 *     be resolved again against another reference date
 */
public record TimeExpression(
    Span span, String text, String value, Precision precision, String start, String end, Reference reference,
    String raw) {

  /** How precise a resolved value is. */
  public enum Precision {
    DAY, WEEK, MONTH, YEAR, RANGE, UNRESOLVED
  }

  /** The date relative expressions were resolved against. */
  public enum Reference {
    PUBLISHED, INFERRED, NONE
  }
}
