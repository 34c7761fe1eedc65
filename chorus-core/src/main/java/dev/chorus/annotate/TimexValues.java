package dev.chorus.annotate;

import java.time.LocalDate;
import java.util.regex.Pattern;

/** The TIMEX3 value of a date expression, from its raw value and its calendar value. */
final class TimexValues {
  /** Values of Chorus's own vocabulary, which are no TIMEX3 values until resolved. */
  private static final Pattern INTERNAL = Pattern.compile("REF.*|NARRATIVE.*");

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

  /**
   * The TIMEX3 value of an expression Chorus does not place on the calendar: SUTime's value as it is (quarters
   * {@code 1987-Q1}, seasons {@code 2012-SU}, decades {@code 198X}, {@code PAST_REF}); an unknown year
   * ({@code XXXX-SU}) taken from the reference; none for Chorus's own relative forms left unresolved.
   */
  static String unresolved(String raw, LocalDate ref) {
    if (INTERNAL.matcher(raw).matches()) {
      return null;
    }
    if (raw.startsWith("XXXX-") && ref != null && !raw.startsWith("XXXX-W")) {
      return ref.getYear() + raw.substring(4);
    }
    return raw;
  }
}
