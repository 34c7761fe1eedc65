package dev.chorus.annotate;

import dev.chorus.model.TimeExpression;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The quarter a report is about, for expressions that refer back to it. Results are reported after their quarter
 * ends, so SUTime's reading of "the quarter" as the quarter of the document date is a quarter late; and "a year
 * ago" beside a quarter's results compares with the same quarter a year earlier, not with the document date a
 * year back. Both take the last quarter the text named ("the third quarter": {@code 1989-Q3}). Measured on
 * TempEval-3's training documents (WSJ earnings reports), {@code bench/run TempEvalBenchmark}. One instance per
 * article, fed its expressions in text order.
 */
final class ReportingPeriod {
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  /** "the quarter", "the latest period": the period under discussion, not one named. */
  private static final Pattern SAME_PERIOD = Pattern.compile(
      "(?i)(the |that )?((latest|same|recent|fiscal) )*(quarter|period)");
  /** A comparison with a year before: "a year ago", "a year earlier", "the year-ago quarter". */
  private static final Pattern YEAR_AGO = Pattern.compile("(?i).*\\b(a year (ago|earlier)|year-(ago|earlier))\\b.*");

  private String quarter;

  /** The expression with its TIMEX3 value read against the quarter under discussion, if one was named. */
  TimeExpression apply(TimeExpression t) {
    if (!"DATE".equals(t.type())) {
      return t;
    }
    String text = t.text().strip();
    if (quarter != null && SAME_PERIOD.matcher(text).matches()) {
      return withTimex(t, quarter);
    }
    if (quarter != null && YEAR_AGO.matcher(text).matches()) {
      Matcher q = QUARTER.matcher(quarter);
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
