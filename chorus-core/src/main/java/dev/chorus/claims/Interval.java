package dev.chorus.claims;

import java.util.Locale;

/**
 * The values a hedged figure allows, with open or closed ends; {@code high} may be {@link Double#POSITIVE_INFINITY}.
 * The qualifier rules ({@link #of}) are the documented reading of news hedges:
 * <ul>
 *   <li>none, "only", "just": exactly the figure;</li>
 *   <li>"about", "around", "approximately", "roughly", "some", "as many as": the figure ± 5 % ({@link #ABOUT}): a
 *       figure rounded to two significant digits is off by at most 5 %, so "about 3,000" and "about 2,500" do not
 *       meet, while "about 3,000" and "2,980" do;</li>
 *   <li>"more than", "over", "just over": (v, ∞); "at least": [v, ∞);</li>
 *   <li>"nearly", "almost": [0.9 v, v) ({@link #NEARLY}: a figure more than 10 % short is not "nearly" it);</li>
 *   <li>"less than", "fewer than", "under", "just under": [0, v); "up to", "at most", "no more than": [0, v];</li>
 *   <li>any other hedge: read as "about".</li>
 * </ul>
 */
public record Interval(double low, boolean lowInclusive, double high, boolean highInclusive) {
  /** Relative half-width of "about v". */
  public static final double ABOUT = 0.05;
  /** Relative shortfall "nearly v" allows. */
  public static final double NEARLY = 0.10;

  public static Interval of(double value, String qualifier) {
    String q = qualifier == null ? "" : qualifier.toLowerCase(Locale.ROOT).trim();
    return switch (q) {
      case "", "only", "just", "exactly" -> new Interval(value, true, value, true);
      case "more than", "over", "just over" -> new Interval(value, false, Double.POSITIVE_INFINITY, false);
      case "at least" -> new Interval(value, true, Double.POSITIVE_INFINITY, false);
      case "nearly", "almost" -> new Interval(value * (1 - NEARLY), true, value, false);
      case "less than", "fewer than", "under", "just under" -> new Interval(0, true, value, false);
      case "up to", "at most", "no more than" -> new Interval(0, true, value, true);
      default -> new Interval(value * (1 - ABOUT), true, value * (1 + ABOUT), true);
    };
  }

  /** Whether the qualifier reads as "about" (a rounded figure). */
  public static boolean isApproximate(String qualifier) {
    if (qualifier == null) {
      return false;
    }
    Interval probe = of(100, qualifier);
    return probe.low() < 100 && probe.high() > 100 && probe.high() != Double.POSITIVE_INFINITY;
  }

  public boolean isPoint() {
    return low == high;
  }

  /** Whether some value lies in both intervals. */
  public boolean overlaps(Interval o) {
    double lo;
    boolean loIn;
    if (low != o.low) {
      lo = Math.max(low, o.low);
      loIn = low > o.low ? lowInclusive : o.lowInclusive;
    } else {
      lo = low;
      loIn = lowInclusive && o.lowInclusive;
    }
    double hi;
    boolean hiIn;
    if (high != o.high) {
      hi = Math.min(high, o.high);
      hiIn = high < o.high ? highInclusive : o.highInclusive;
    } else {
      hi = high;
      hiIn = highInclusive && o.highInclusive;
    }
    return lo < hi || lo == hi && loIn && hiIn;
  }

  /** "[2850, 3150]", "(700, ∞)", "18". */
  public String describe() {
    if (isPoint()) {
      return number(low);
    }
    return (lowInclusive ? "[" : "(") + number(low) + ", "
        + (high == Double.POSITIVE_INFINITY ? "∞)" : number(high) + (highInclusive ? "]" : ")"));
  }

  private static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
  }
}
