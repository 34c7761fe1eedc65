package dev.chorus.annotate;

import dev.chorus.model.TimeExpression;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The quarter a report is about, for expressions that refer back to it. Results are reported after their quarter
 * ends, so SUTime's reading of "the quarter" as the quarter of the document date is a quarter late; "a year ago"
 * and "the year-ago quarter" beside a quarter's results compare with the same quarter a year earlier, not with the
 * document date a year back; "the 1988 period" is that quarter of 1988. All take the last quarter the text named
 * ("the third quarter": {@code 1989-Q3}); before one is named, the period under discussion is the last quarter
 * completed by the reference date (a report of 26 October 1989 on "the latest quarter" is about 1989-Q3). Measured on
 * TempEval-3's training documents (WSJ earnings reports), {@code bench/run TempEvalBenchmark}. One instance per
 * article, fed its expressions in text order.
 */
final class ReportingPeriod {
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  /** "the quarter", "the latest period", "this quarter": the period under discussion, not one named. */
  private static final Pattern SAME_PERIOD = Pattern.compile(
      "(?i)(the |that |this )?((latest|same|recent|current|fiscal) )*(quarter|period)");
  /** A comparison with a year before: "a year ago", "a year earlier", "the year-ago quarter". */
  private static final Pattern YEAR_AGO = Pattern.compile("(?i).*\\b(a year (ago|earlier)|year-(ago|earlier))\\b.*");
  /** "the 1988 period", "the 1988 quarter": the quarter under discussion, in the year written. */
  private static final Pattern YEAR_PERIOD = Pattern.compile("(?i)the (\\d{4}) (quarter|period)");

  private final LocalDate reference;
  private String quarter;

  /** @param reference the article's reference date, or null */
  ReportingPeriod(LocalDate reference) {
    this.reference = reference;
  }

  /** The expression with its TIMEX3 value read against the quarter under discussion, if one was named. */
  TimeExpression apply(TimeExpression t) {
    if (!"DATE".equals(t.type())) {
      return t;
    }
    String text = t.text().strip();
    // before a quarter is named, only a phrase that says "quarter" is about one
    String current = quarter != null ? quarter
        : text.toLowerCase(Locale.ROOT).contains("quarter")
            ? TimexValues.unresolved("REF-QUARTER-1", reference) : null;
    if (current != null && SAME_PERIOD.matcher(text).matches()) {
      return withTimex(t, current);
    }
    Matcher y = YEAR_PERIOD.matcher(text);
    if (quarter != null && y.matches()) {
      return withTimex(t, y.group(1) + quarter.substring(4));
    }
    if (current != null && YEAR_AGO.matcher(text).matches()) {
      Matcher q = QUARTER.matcher(current);
      q.matches();
      return withTimex(t, (Integer.parseInt(q.group(1)) - 1) + "-Q" + q.group(2));
    }
    if (t.timex() != null && QUARTER.matcher(t.timex()).matches()) {
      quarter = t.timex();
    }
    return t;
  }

  private static TimeExpression withTimex(TimeExpression t, String timex) {
    return new TimeExpression(t.span(), t.text(), t.value(), t.precision(), t.start(), t.end(), t.reference(),
        t.raw(), t.type(), timex, t.direction());
  }
}
