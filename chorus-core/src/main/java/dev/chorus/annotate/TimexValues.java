package dev.chorus.annotate;

import dev.chorus.model.TimeExpression.Direction;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The TIMEX3 value of a date expression, from its raw value and its calendar value. */
final class TimexValues {
  /** Values of Chorus's own vocabulary, which are no TIMEX3 values until resolved. */
  private static final Pattern INTERNAL = Pattern.compile("REF.*|NARRATIVE.*|HOLIDAY-.*");
  /** SUTime's decade {@code 199X} and century {@code 19XX}; TIMEX3 writes them {@code 199} and {@code 19}. */
  private static final Pattern DECADE_OR_CENTURY = Pattern.compile("(\\d{2,3})X+");
  private static final Pattern YEARLESS_QUARTER = Pattern.compile("XXXX-Q([1-4])");
  /** The quarter of the reference, or one a number of quarters from it: "the latest quarter" is REF-QUARTER-1. */
  private static final Pattern REF_QUARTER = Pattern.compile("REF-QUARTER([+-]\\d+)?");

  private TimexValues() {}

  /**
   * The calendar value, except where TIMEX3 writes the expression otherwise: a day range keeps its first day (TimeML
   * marks "January 4-5" from its first day), {@code PRESENT_REF} stays a reference to the present.
   */
  static String of(String raw, String value) {
    if (raw.equals("PRESENT_REF")) {
      return raw;
    }
    int slash = value.indexOf('/');
    return slash < 0 ? value : value.substring(0, slash);
  }

  static String unresolved(String raw, LocalDate ref) {
    return unresolved(raw, ref, Direction.NONE);
  }

  /**
   * The TIMEX3 value of an expression Chorus does not place on the calendar: SUTime's value as it is (quarters
   * {@code 1987-Q1}, seasons {@code 2012-SU}, {@code PAST_REF}), a decade or century as TIMEX3 writes it
   * ({@code 198}); an unknown year ({@code XXXX-SU}) taken from the reference; a quarter without a year: in the past
   * the latest such quarter begun by the reference, else the reference's year (the annual report's frame; "expects
   * to report third-quarter results" in October is about the quarter just ended, not next year's); none for
   * Chorus's own relative forms left unresolved.
   */
  static String unresolved(String raw, LocalDate ref, Direction direction) {
    Matcher m;
    if (ref != null && (m = REF_QUARTER.matcher(raw)).matches()) {
      int n = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
      int index = ref.getYear() * 4 + (ref.getMonthValue() - 1) / 3 + n;
      return Math.floorDiv(index, 4) + "-Q" + (Math.floorMod(index, 4) + 1);
    }
    if (INTERNAL.matcher(raw).matches()) {
      return null;
    }
    if ((m = DECADE_OR_CENTURY.matcher(raw)).matches()) {
      return m.group(1);
    }
    if (ref != null && (m = YEARLESS_QUARTER.matcher(raw)).matches()) {
      int q = Integer.parseInt(m.group(1));
      int refQ = (ref.getMonthValue() - 1) / 3 + 1;
      int year = ref.getYear();
      if (direction == Direction.PAST && q > refQ) {
        year--;
      }
      return year + "-Q" + q;
    }
    if (raw.startsWith("XXXX-") && ref != null && !raw.startsWith("XXXX-W")) {
      return ref.getYear() + raw.substring(4);
    }
    return raw;
  }
}
