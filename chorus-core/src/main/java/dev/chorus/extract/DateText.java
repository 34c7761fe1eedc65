package dev.chorus.extract;

import dev.chorus.ingest.IsoDates;
import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as pages write them: ISO timestamps in markup, date paths in URLs ({@code /2022/01/06/},
 * {@code /2019/nov/19/}, {@code /2019-11-19/}) and English datelines ("November 19, 2019", "19 Nov 2019").
 * Only plausible publication days are returned: from 1995 (the first news sites) to next year.
 */
final class DateText {
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
      Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
      Map.entry("nov", 11), Map.entry("dec", 12));
  private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
  private static final Pattern URL_NUMERIC = Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:[/_.-]|$)");
  private static final Pattern URL_MONTH_NAME = Pattern.compile("(?i)/((?:19|20)\\d{2})/" + MONTH + "/(\\d{1,2})(?:/|$)");
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?i)\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b");
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+((?:19|20)\\d{2})\\b");
  private static final Pattern ISO_IN_TEXT = Pattern.compile("\\b((?:19|20)\\d{2})-(\\d{2})-(\\d{2})\\b");

  private DateText() {}

  /** An ISO date or timestamp from markup, as yyyy-MM-dd, or null. */
  static String fromMarkup(String value) {
    return plausible(IsoDates.day(value));
  }

  /** A date path in a URL, or null. */
  static String fromUrl(String url) {
    if (url == null) {
      return null;
    }
    Matcher m = URL_NUMERIC.matcher(url);
    if (m.find()) {
      return day(m.group(1), m.group(2), m.group(3));
    }
    m = URL_MONTH_NAME.matcher(url);
    if (m.find()) {
      return day(m.group(1), String.valueOf(MONTHS.get(m.group(2).toLowerCase(Locale.ROOT))), m.group(3));
    }
    return null;
  }

  /** The first date written out in a short visible text ("Published November 19, 2019 at 5:00 pm"), or null. */
  static String fromVisibleText(String text) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    Matcher m = MONTH_DAY_YEAR.matcher(text);
    if (m.find()) {
      return day(m.group(3), String.valueOf(MONTHS.get(m.group(1).toLowerCase(Locale.ROOT))), m.group(2));
    }
    m = DAY_MONTH_YEAR.matcher(text);
    if (m.find()) {
      return day(m.group(3), String.valueOf(MONTHS.get(m.group(2).toLowerCase(Locale.ROOT))), m.group(1));
    }
    m = ISO_IN_TEXT.matcher(text);
    if (m.find()) {
      return day(m.group(1), m.group(2), m.group(3));
    }
    return null;
  }

  private static String day(String year, String month, String dayOfMonth) {
    try {
      return plausible(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(dayOfMonth)));
    } catch (RuntimeException invalid) {
      return null;
    }
  }

  private static String plausible(LocalDate d) {
    if (d == null || d.getYear() < 1995 || d.getYear() > Year.now().getValue() + 1) {
      return null;
    }
    return d.toString();
  }
}
