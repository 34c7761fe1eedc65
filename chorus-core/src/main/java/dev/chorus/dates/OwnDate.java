package dev.chorus.dates;

import java.time.LocalDate;

/**
 * A publication date read from an article's own evidence.
 *
 * @param basis what it was read from, as stored in {@code published_source}: {@code "inferred: <kind> (<detail>)"},
 *     so that counts by kind can drop the detail
 */
public record OwnDate(LocalDate date, String basis) {
  static OwnDate of(LocalDate date, String kind, String detail) {
    return new OwnDate(date, "inferred: " + kind + " (" + detail + ")");
  }
}
