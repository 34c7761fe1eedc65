package dev.chorus.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Full dates as English news text writes them: "January 8, 2022", "Jan. 8, 2022", "8 January 2022", "2022-01-08"
 * and day-first dotted "08.01.2022" (as written outside the United States). Years 1800–2199: archives go back to
 * the nineteenth century, and a four-digit number outside that is rarely a year. Stateless.
 */
final class WrittenDates {
  static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\\.?";
  private static final String YEAR = "((?:1[89]|2[01])\\d{2})";
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("(?i)\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+" + YEAR + "\\b");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR + "\\b");
  private static final Pattern ISO = Pattern.compile("\\b" + YEAR + "-(\\d{2})-(\\d{2})\\b");
  private static final Pattern DOTTED = Pattern.compile("\\b(\\d{1,2})\\.(\\d{1,2})\\." + YEAR + "\\b");

  private WrittenDates() {}

  /** A date and the text it was read from. */
  record Found(LocalDate date, String text, int start) {}

  /** The first full date in the text (by position), or null. */
  static Found first(String text) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    Found best = null;
    best = earliest(best, MONTH_DAY_YEAR.matcher(text), 3, 1, 2);
    best = earliest(best, DAY_MONTH_YEAR.matcher(text), 3, 2, 1);
    best = earliest(best, ISO.matcher(text), 1, 2, 3);
    best = earliest(best, DOTTED.matcher(text), 3, 2, 1);
    return best;
  }

  /** The month of an English month name or abbreviation ("Feb", "Sept.", "january"), or null. */
  static Month month(String name) {
    String n = name.toLowerCase(java.util.Locale.ROOT);
    for (Month m : Month.values()) {
      if (n.startsWith(m.name().toLowerCase(java.util.Locale.ROOT).substring(0, 3))) {
        return m;
      }
    }
    return null;
  }

  private static Found earliest(Found best, Matcher m, int y, int mo, int d) {
    while (m.find()) {
      if (best != null && m.start() >= best.start()) {
        return best;
      }
      LocalDate date = date(m.group(y), m.group(mo), m.group(d));
      if (date != null) {
        return new Found(date, m.group(), m.start());
      }
    }
    return best;
  }

  private static LocalDate date(String year, String month, String day) {
    Month named = Character.isDigit(month.charAt(0)) ? null : month(month);
    try {
      int mo = named != null ? named.getValue() : Integer.parseInt(month);
      return LocalDate.of(Integer.parseInt(year), mo, Integer.parseInt(day));
    } catch (NumberFormatException | DateTimeException notADate) {
      return null;
    }
  }
}
