package dev.chorus.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Publication dates as given by inputs (ISO dates and timestamps), reduced to the day. */
public final class IsoDates {
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

  private IsoDates() {}

  /** The day of an ISO date or timestamp, or null when the value is not one. */
  public static LocalDate day(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    try {
      return OffsetDateTime.parse(v).toLocalDate();
    } catch (DateTimeParseException notOffset) {
      // try the next form
    }
    try {
      return ZonedDateTime.parse(v).toLocalDate();
    } catch (DateTimeParseException notZoned) {
      // try the next form
    }
    Matcher m = ISO_DATE.matcher(v);
    if (m.find()) {
      try {
        return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      } catch (RuntimeException invalid) {
        return null;
      }
    }
    return null;
  }

  /** {@link #day} as yyyy-MM-dd, or null. */
  public static String isoDay(String value) {
    LocalDate d = day(value);
    return d == null ? null : d.toString();
  }
}
