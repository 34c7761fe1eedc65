package dev.chorus.reuse;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Which of two articles came first, by publication date. */
public final class Direction {
  /** What the export says when the dates do not tell. */
  public static final String UNDETERMINED = "undetermined";

  private Direction() {}

  /**
   * The id of the article published earlier, or {@value #UNDETERMINED} when a date is missing, unreadable or the
   * same day.
   */
  public static String earlier(String idA, String publishedA, String idB, String publishedB) {
    LocalDate a = day(publishedA);
    LocalDate b = day(publishedB);
    if (a == null || b == null || a.equals(b)) {
      return UNDETERMINED;
    }
    return a.isBefore(b) ? idA : idB;
  }

  /** ISO date (first 10 characters), or null. */
  static LocalDate day(String iso) {
    if (iso == null || iso.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(iso.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
