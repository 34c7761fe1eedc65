package dev.chorus.reuse;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Which of two articles came first, by publication date: given, or inferred from the article's own evidence
 * (stored dates have passed {@link dev.chorus.dates.DateBoundStage}, so none is borrowed from another article).
 * Dates are days, so two articles of the same day are {@value #SAME_DAY}: no one of them is picked.
 */
public final class Direction {
  /** What the export says when the dates do not tell. */
  public static final String UNDETERMINED = "undetermined";
  /** What the export says when the articles were published on the same day. */
  public static final String SAME_DAY = "same day";

  private Direction() {}

  /**
   * The id of the article published earlier; {@value #SAME_DAY} on the same day; {@value #UNDETERMINED} when a
   * date is missing or unreadable.
   */
  public static String earlier(String idA, String publishedA, String idB, String publishedB) {
    LocalDate a = day(publishedA);
    LocalDate b = day(publishedB);
    if (a == null || b == null) {
      return UNDETERMINED;
    }
    if (a.equals(b)) {
      return SAME_DAY;
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
