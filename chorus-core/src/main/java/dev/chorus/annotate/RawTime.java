package dev.chorus.annotate;

import dev.chorus.model.TimeExpression.Direction;

/**
 * A time expression before it is placed on the calendar: its span, its text, its TIMEX3 type and a value in the
 * small vocabulary {@link TimeResolver} understands. Kept in the workspace, so the expression can be resolved again
 * once a reference date is known.
 *
 * @param raw one of: an ISO date, month, year or week ({@code 2022-01-06}, {@code 2022-01}, {@code 2022},
 *     {@code 2022-W01}); a year-less date or month ({@code XXXX-01-02}, {@code XXXX-01}); a weekday
 *     ({@code XXXX-WXX-3}); relative to the reference date ({@code REF}, {@code REF-DAY-1}, {@code REF-WEEK-1},
 *     {@code REF-YEAR}, …); relative to the previous date in the narrative ({@code NARRATIVE+1}); a range of two
 *     of these joined by {@code /}; any of these followed by a time of day ({@code XXXX-WXX-5TNI},
 *     {@code 2013-03-22T20:00}); {@code PRESENT_REF}, {@code PAST_REF}, {@code FUTURE_REF}; a duration or set
 *     value ({@code P3D}, {@code XXXX-WXX-1}); or any other TIMEX3 value ({@code 1987-Q1}, {@code 2012-SU}), kept
 *     as it is
 * @param type the TIMEX3 type: DATE, TIME, DURATION or SET
 * @param direction the tense of the governing verb, for year-less and weekday-only values
 */
public record RawTime(int start, int end, String text, String raw, String type, Direction direction) {
  public RawTime {
    type = type == null ? "DATE" : type;
    direction = direction == null ? Direction.NONE : direction;
  }

  /** A calendar date whose tense is not known. */
  public RawTime(int start, int end, String text, String raw) {
    this(start, end, text, raw, "DATE", Direction.NONE);
  }

  /** A date or time of day: something {@link TimeResolver} places on the calendar (not a duration or a set). */
  boolean calendar() {
    return type.equals("DATE") || type.equals("TIME");
  }
}
