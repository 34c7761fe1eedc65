package dev.chorus.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline that opens a wire story: a place in capitals, the month and day, an optional agency in brackets and
 * a dash ("SALVADOR, Feb 26 -", "MOSCOW, Jan. 5 (Reuters) -", "NEW YORK, March 3 (AP) —"). It gives the day of
 * filing but not the year, which must come from other evidence of the same article.
 */
record Dateline(MonthDay day, String text) {
  /** Capitalised place words (with spaces, dots, apostrophes and hyphens), a comma, month, day, agency, dash. */
  private static final Pattern DATELINE = Pattern.compile("^\\s*(\\p{Lu}[\\p{Lu}\\p{M} .'/-]{1,60}),\\s+"
      + "(?i:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?)\\s+(\\d{1,2})"
      + "(?:\\s*\\([^)\\n]{1,40}\\))?\\s*[-\u2013\u2014]");

  /** The dateline at the very start of the text, or null. */
  static Dateline at(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = DATELINE.matcher(text);
    if (!m.lookingAt()) {
      return null;
    }
    Month month = WrittenDates.month(m.group(2));
    try {
      return new Dateline(MonthDay.of(month, Integer.parseInt(m.group(3))), m.group().strip());
    } catch (DateTimeException | NullPointerException notADay) {
      return null;
    }
  }

  /**
   * This dateline's day in the year that puts it on or shortly before the evidence date (a story is filed before
   * the page's modified date or the stamp written under it; "Dec 31" with evidence of Jan 2 is the previous year).
   * February 29 outside a leap year gives null.
   */
  LocalDate inYearOf(LocalDate evidence) {
    for (int year = evidence.getYear(); year >= evidence.getYear() - 1; year--) {
      if (!day.isValidYear(year)) {
        continue;
      }
      LocalDate d = day.atYear(year);
      // a dateline up to a week after the evidence is the same year: the stamp may be a day or two early
      if (!d.isAfter(evidence.plusDays(7))) {
        return d;
      }
    }
    return null;
  }
}
