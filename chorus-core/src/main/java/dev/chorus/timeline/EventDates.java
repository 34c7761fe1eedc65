package dev.chorus.timeline;

import dev.chorus.model.TimeExpression.Precision;
import dev.chorus.model.TimeExpression;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/**
 * Which time expressions date an event. Only a calendar date the text writes ("January 2", "6 January",
 * "January 4-5", "January 10, 2022") or a weekday resolved against the article's date ("on Wednesday"), at day or
 * month precision or a range of a month at most. Not: "today", "now", "currently" (they date the report, not an
 * event), weeks, years, "the next day" (unresolved), and anything unresolved.
 */
public final class EventDates {
  /** TIMEX3 values written as calendar dates, possibly without the year, possibly a range. */
  private static final Pattern CALENDAR = Pattern.compile(
      "(\\d{4}|XXXX)-\\d{2}(-\\d{2})?(/(\\d{4}|XXXX)-\\d{2}(-\\d{2})?)?");
  private static final Pattern WEEKDAY = Pattern.compile("(\\d{4}|XXXX)-W(\\d{2}|XX)-[1-7]");
  /** A range longer than this is a period, not an event date. */
  static final int MAX_RANGE_DAYS = 31;

  private EventDates() {}

  public static boolean datesEvent(TimeExpression t) {
    if (t == null || t.value() == null || t.raw() == null || t.start() == null || t.end() == null) {
      return false;
    }
    Precision p = t.precision();
    if (p != Precision.DAY && p != Precision.MONTH && p != Precision.RANGE) {
      return false;
    }
    String raw = t.raw().strip();
    if (!CALENDAR.matcher(raw).matches() && !WEEKDAY.matcher(raw).matches()) {
      return false;
    }
    try {
      LocalDate first = LocalDate.parse(t.start());
      LocalDate last = LocalDate.parse(t.end());
      return !last.isBefore(first) && ChronoUnit.DAYS.between(first, last) <= MAX_RANGE_DAYS;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
