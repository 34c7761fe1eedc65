package dev.chorus.annotate;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What of a date SUTime resolved the text itself writes. Given the document date, SUTime fills in the year of
 * "August" and the whole date of "Friday", always the same way (the nearest or the next one), whatever the tense
 * says. Where the text writes no year, the year is handed back as unknown so that {@link TimeResolver} can
 * choose it with the tense of the governing verb (a quarter too: "the third quarter" is {@code XXXX-Q3}; the
 * weekend {@code XXXX-WXX-WE}; a holiday whose date moves with the year {@link TimeHolidays}); "N units ago" keeps
 * the precision of its unit.
 */
final class WrittenDates {
  /** A written year: digits ("1998", "'98", "1990s") or spelled as broadcasts say them ("nineteen ninety"). */
  private static final Pattern YEAR = Pattern.compile(
      "\\b\\d{4}s?\\b|'\\d{2}\\b|\\b(nineteen|twenty|two thousand)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern WEEKDAY = Pattern.compile(
      "\\b(mon|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?|sun)(day)?\\b\\.?", Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH = Pattern.compile(
      "\\b(january|february|march|april|may|june|july|august|september|october|november|december"
      + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern THIS = Pattern.compile("\\bthis\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern DIGIT = Pattern.compile("\\d");
  /** SUTime's resolved date or month, then perhaps a time of day. */
  private static final Pattern RESOLVED = Pattern.compile("(\\d{4})(-\\d{2})(-\\d{2})?(T.*)?");
  /** SUTime's quarter or half year, which it places in the year of the document date or the next one. */
  private static final Pattern PART_OF_YEAR = Pattern.compile("\\d{4}(-[QH][1-4])");
  /** SUTime's weekend, always that of the document date's week. */
  private static final Pattern WEEKEND = Pattern.compile("\\d{4}-W\\d{2}-WE");
  private static final Pattern AGO = Pattern.compile(
      "\\b(\\w+|\\d+)\\s+(year|month|week|day)s?\\s+(ago|earlier)\\b", Pattern.CASE_INSENSITIVE);

  private WrittenDates() {}

  /** {@code resolved} as far as {@code surface} writes it: an unknown year as XXXX, a weekday as XXXX-WXX-d. */
  static String asWritten(String resolved, String surface) {
    Matcher q = PART_OF_YEAR.matcher(resolved);
    if (q.matches() && !YEAR.matcher(surface).find()) {
      return "XXXX" + q.group(1); // "the fourth quarter": its year follows from the tense
    }
    if (WEEKEND.matcher(resolved).matches() && !DIGIT.matcher(surface).find()) {
      return "XXXX-WXX-WE"; // "over the weekend": the one before or after the reference, as the tense says
    }
    Matcher r = RESOLVED.matcher(resolved);
    if (!r.matches()) {
      return resolved;
    }
    String holiday = TimeHolidays.raw(surface);
    if (holiday != null && r.group(3) != null && !YEAR.matcher(surface).find()) {
      return holiday; // "found on Thanksgiving Day": its year, and so its date, follows from the tense
    }
    Matcher ago = AGO.matcher(surface);
    if (ago.find() && r.group(3) != null && r.group(4) == null) {
      return atUnit(resolved, ago.group(2).toLowerCase(Locale.ROOT));
    }
    if (YEAR.matcher(surface).find()) {
      return resolved;
    }
    String time = r.group(4) == null ? "" : r.group(4);
    boolean month = MONTH.matcher(surface).find();
    if (WEEKDAY.matcher(surface).find() && !month && !DIGIT.matcher(surface).find() && r.group(3) != null) {
      LocalDate d = LocalDate.parse(r.group(1) + r.group(2) + r.group(3));
      return "XXXX-WXX-" + d.getDayOfWeek().getValue() + time;
    }
    if (month && THIS.matcher(surface).find()) {
      return resolved; // "this September": the reference's year, which SUTime filled in, whatever the tense
    }
    if (month) {
      return "XXXX" + resolved.substring(4);
    }
    return resolved;
  }

  /** A resolved day at the precision of a unit: year {@code 1988}, month {@code 1988-10}, week, or the day. */
  static String atUnit(String day, String unit) {
    try {
      LocalDate d = LocalDate.parse(day);
      return switch (unit) {
        case "year" -> Integer.toString(d.getYear());
        case "month" -> day.substring(0, 7);
        case "week" -> String.format(Locale.ROOT, "%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR),
            d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        default -> day;
      };
    } catch (DateTimeParseException e) {
      return day;
    }
  }
}
