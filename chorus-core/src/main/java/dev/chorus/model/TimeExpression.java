package dev.chorus.model;

/**
 * A date or time expression resolved to the calendar, with its TimeML TIMEX3 type and value.
 *
 * @param span where it is
 * @param text the expression as written
 * @param value ISO value: {@code 2022-01-02}, {@code 2022-01}, {@code 2022}, {@code 2022-W01}; for a range
 *     {@code start/end}; null when it cannot be placed on the calendar (durations, sets, times of day)
 * @param precision how precise {@code value} is
 * @param start first day covered (ISO date), or null
 * @param end last day covered (ISO date), or null
 * @param reference what a relative or year-less expression was resolved against: the article's published date, or
 *     one inferred from its own evidence, or none (an undated article: only expressions that need no anchor have a
 *     value)
 * @param raw the value before resolution ({@code XXXX-01-02}, {@code NARRATIVE+1}, …), kept so the expression can
 *     be resolved again against another reference date
 * @param type the TIMEX3 type: {@code DATE}, {@code TIME}, {@code DURATION} or {@code SET}
 * @param timex the TIMEX3 value ({@code 2013-03-22T20:00}, {@code 2012-SU}, {@code P3D}, {@code XXXX-WXX-1},
 *     {@code PRESENT_REF}, …), or null when none is known
 * @param direction where the tense of the governing verb places a year-less or weekday-only expression
 */
public record TimeExpression(
    Span span, String text, String value, Precision precision, String start, String end, Reference reference,
    String raw, String type, String timex, Direction direction) {

  /** A calendar date expression whose TIMEX3 value is its ISO value and whose tense is not known. */
  public TimeExpression(Span span, String text, String value, Precision precision, String start, String end,
      Reference reference, String raw) {
    this(span, text, value, precision, start, end, reference, raw, "DATE", value, Direction.NONE);
  }

  /** How precise a resolved value is. */
  public enum Precision {
    DAY, WEEK, MONTH, YEAR, RANGE, UNRESOLVED
  }

  /** The date relative expressions were resolved against. */
  public enum Reference {
    PUBLISHED, INFERRED, NONE
  }

  /**
   * The tense of the verb an expression depends on: {@code PAST} ("was arrested in August": the last August
   * before the reference), {@code FUTURE} ("will meet on Friday": the next Friday), {@code NONE} when the tense
   * does not say.
   */
  public enum Direction {
    PAST, FUTURE, NONE
  }
}
