package dev.chorus.annotate;

import dev.chorus.model.Span;
import dev.chorus.model.TimeExpression;
import dev.chorus.model.TimeExpression.Direction;
import dev.chorus.model.TimeExpression.Precision;
import dev.chorus.model.TimeExpression.Reference;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places {@link RawTime}s on the calendar against a reference date, in text order:
 * <ul>
 *   <li>a year-less date or month in a past-tense clause is the latest one on or before the reference ("was
 *       arrested in August", March 2013: 2012-08), in a future one the first on or after it; with no tense, the
 *       year that puts it nearest the reference ("January 2" in an article of 8 January 2022 is 2022-01-02);</li>
 *   <li>a weekday is the next such day on or after the reference in a future-tense clause ("will meet on
 *       Friday"), else the latest on or before it (news reports what happened); "last Friday" the latest before
 *       it;</li>
 *   <li>a time of day keeps its part ({@code TNI}, {@code T20:00}) after its resolved day; one with no day of its
 *       own ("at 10 p.m.") is on the last day the narrative named, else on the reference day; its time zone is
 *       dropped, as TimeML writes local times ("5 p.m. EST" is {@code T17:00});</li>
 *   <li>"the weekend" is the one just gone in the past tense, the coming one in the future, else the nearer; a
 *       holiday whose date moves with the year ({@link TimeHolidays}) is in the year the tense chooses;</li>
 *   <li>durations and sets are not placed on the calendar: their TIMEX3 value is kept as it is;</li>
 *   <li>"the quarter" and "a year ago" beside a quarter's results refer to the quarter the text named
 *       ({@link ReportingPeriod});</li>
 *   <li>"the next day" is the day after the previous day-precise date of the narrative, not after the reference;</li>
 *   <li>without a reference date, only absolute values resolve.</li>
 * </ul>
 * Pure and thread-safe.
 */
public final class TimeResolver {
  private static final Pattern DAY = Pattern.compile("(\\d{4}|XXXX)-(\\d{2})-(\\d{2})");
  private static final Pattern MONTH = Pattern.compile("(\\d{4}|XXXX)-(\\d{2})");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
  private static final Pattern WEEKDAY = Pattern.compile("XXXX-WXX-([1-7])");
  private static final Pattern REF = Pattern.compile("REF(?:-(DAY|WEEK|MONTH|YEAR)([+-]\\d+)?)?");
  /** A zone offset after a time of day: {@code T17:00-0500}. */
  private static final Pattern ZONE = Pattern.compile("(?<=T\\d{2}(:\\d{2})?)[+-]\\d{4}$");
  /**
   * How far after the reference a day in a past-tense clause may lie and still be in the reference's year. What
   * happened cannot lie ahead of the report, so a date just after it is what the past verb set, not when it acted:
   * "Dunkin' has set Nov. 10 as the deadline" (2 November), "gave no reason for the Jan. 14 deadline" (5 January);
   * a month covers the deadlines of TempEval-3's training documents (4 to 9 days ahead).
   */
  private static final int SET_AHEAD_DAYS = 31;
  /** A weekend of unknown week: {@link #weekend}. */
  private static final String WEEKEND = "XXXX-WXX-WE";
  private static final Pattern LAST = Pattern.compile("(?i)\\blast\\b");
  private static final Pattern NARRATIVE = Pattern.compile("NARRATIVE([+-]\\d+)");
  /** A date followed by a time of day: {@code XXXX-WXX-5TNI}, {@code 2013-03-22T20:00}. */
  private static final Pattern DAY_TIME = Pattern.compile("((?:\\d{4}|XXXX)-[0-9WX-]+)(T.+)");
  /** A time of day alone: {@code T20:00}, {@code TNI}. */
  private static final Pattern TIME_ONLY = Pattern.compile("T(\\d{2}.*|MO|AF|EV|NI|DT)");

  private TimeResolver() {}

  /** One resolved value: ISO text, precision and the days it covers. */
  record Resolved(String value, Precision precision, LocalDate first, LocalDate last) {}

  /**
   * Resolves every expression of one article.
   *
   * @param reference the published or inferred date, or null when neither is known
   */
  public static List<TimeExpression> resolve(String articleId, List<RawTime> raws, LocalDate reference,
      Reference kind) {
    List<TimeExpression> out = new ArrayList<>(raws.size());
    LocalDate narrative = null;
    ReportingPeriod period = new ReportingPeriod(reference);
    for (RawTime r : raws) {
      if (!r.calendar()) {
        out.add(new TimeExpression(new Span(articleId, r.start(), r.end()), r.text(), null, Precision.UNRESOLVED, null,
            null, kind, r.raw(), r.type(), r.raw(), r.direction()));
        continue;
      }
      if (r.type().equals("TIME")) {
        out.add(new TimeExpression(new Span(articleId, r.start(), r.end()), r.text(), null, Precision.UNRESOLVED, null,
            null, kind, r.raw(), r.type(), timeOfDay(r.raw(), reference, narrative, r.direction()), r.direction()));
        continue;
      }
      Resolved v = resolveRange(r.raw(), beforeIfLast(r, reference), narrative, r.direction());
      if (v != null && v.last() != null && setsNarrative(r.raw())
          && (v.precision() == Precision.DAY || v.precision() == Precision.RANGE)) {
        narrative = v.last();
      }
      out.add(period.apply(v == null || v.value() == null
          ? new TimeExpression(new Span(articleId, r.start(), r.end()), r.text(), null, Precision.UNRESOLVED, null, null,
              kind, r.raw(), r.type(), TimexValues.unresolved(r.raw(), reference, r.direction()), r.direction())
          : new TimeExpression(new Span(articleId, r.start(), r.end()), r.text(), v.value(), v.precision(),
              str(v.first()), str(v.last()), kind, r.raw(), r.type(), TimexValues.of(r.raw(), v.value()),
              r.direction())));
    }
    return out;
  }

  /**
   * "last Wednesday" in a report of a Wednesday is the week before: "last" excludes the reference day itself, where a
   * bare "Wednesday" in the past tense is that very day.
   */
  private static LocalDate beforeIfLast(RawTime r, LocalDate reference) {
    return reference != null && WEEKDAY.matcher(r.raw()).matches() && LAST.matcher(r.text()).find()
        ? reference.minusDays(1) : reference;
  }

  /** Only a date the text names ("January 4", "Wednesday") moves the narrative; "today" or "the next day" do not. */
  private static boolean setsNarrative(String raw) {
    return !raw.startsWith("REF") && !raw.startsWith("NARRATIVE");
  }

  /** The TIMEX3 value of a time of day: its day resolved as a date is, then its time part. */
  static String timeOfDay(String raw, LocalDate ref, LocalDate narrative, Direction direction) {
    raw = ZONE.matcher(raw).replaceFirst("");
    Matcher m = DAY_TIME.matcher(raw);
    if (m.matches()) {
      Resolved day = resolveOne(m.group(1), ref, narrative, direction);
      return day == null || day.precision() != Precision.DAY ? TimexValues.unresolved(raw, ref)
          : day.value() + m.group(2);
    }
    if (TIME_ONLY.matcher(raw).matches() && (narrative != null || ref != null)) {
      return (narrative != null ? narrative : ref) + raw; // "shot at 10 p.m.": on the day the story is telling
    }
    return TimexValues.unresolved(raw, ref);
  }

  static Resolved resolveRange(String raw, LocalDate ref, LocalDate narrative) {
    return resolveRange(raw, ref, narrative, Direction.NONE);
  }

  static Resolved resolveRange(String raw, LocalDate ref, LocalDate narrative, Direction direction) {
    int slash = raw.indexOf('/');
    if (slash < 0) {
      return resolveOne(raw, ref, narrative, direction);
    }
    Resolved a = resolveOne(raw.substring(0, slash), ref, narrative, direction);
    Resolved b = resolveOne(raw.substring(slash + 1), ref, narrative, direction);
    if (a == null || b == null || a.first() == null || b.last() == null) {
      return null;
    }
    return new Resolved(a.value() + "/" + b.value(), Precision.RANGE, a.first(), b.last());
  }

  static Resolved resolveOne(String raw, LocalDate ref, LocalDate narrative) {
    return resolveOne(raw, ref, narrative, Direction.NONE);
  }

  static Resolved resolveOne(String raw, LocalDate ref, LocalDate narrative, Direction direction) {
    if (raw.equals("PRESENT_REF")) {
      raw = "REF"; // "now" dates the report itself
    }
    Matcher m;
    if ((m = DAY.matcher(raw)).matches()) {
      int month = Integer.parseInt(m.group(2));
      int day = Integer.parseInt(m.group(3));
      Integer year = year(m.group(1), ref, month, day, direction, false);
      if (year == null || month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
        return null;
      }
      return day(LocalDate.of(year, month, day));
    }
    if ((m = MONTH.matcher(raw)).matches()) {
      int month = Integer.parseInt(m.group(2));
      Integer year = year(m.group(1), ref, month, 15, direction, true);
      if (year == null || month < 1 || month > 12) {
        return null;
      }
      return month(YearMonth.of(year, month));
    }
    if (YEAR.matcher(raw).matches()) {
      int y = Integer.parseInt(raw);
      return new Resolved(raw, Precision.YEAR, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
    }
    if ((m = WEEK.matcher(raw)).matches()) {
      LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
          .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2))).with(DayOfWeek.MONDAY);
      return week(monday);
    }
    if ((m = WEEKDAY.matcher(raw)).matches()) {
      if (ref == null) {
        return null;
      }
      DayOfWeek weekday = DayOfWeek.of(Integer.parseInt(m.group(1)));
      return day(ref.with(direction == Direction.FUTURE ? TemporalAdjusters.nextOrSame(weekday)
          : TemporalAdjusters.previousOrSame(weekday)));
    }
    if (raw.equals(WEEKEND)) {
      return ref == null ? null : weekend(ref, direction);
    }
    if (raw.startsWith(TimeHolidays.PREFIX)) {
      return ref == null ? null : holiday(raw, ref, direction);
    }
    if ((m = NARRATIVE.matcher(raw)).matches()) {
      return narrative == null ? null : day(narrative.plusDays(Integer.parseInt(m.group(1))));
    }
    if ((m = REF.matcher(raw)).matches()) {
      if (ref == null) {
        return null;
      }
      String unit = m.group(1) == null ? "DAY" : m.group(1);
      int n = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
      return switch (unit) {
        case "WEEK" -> week(ref.with(DayOfWeek.MONDAY).plusWeeks(n));
        case "MONTH" -> month(YearMonth.from(ref).plusMonths(n));
        case "YEAR" -> {
          int y = ref.getYear() + n;
          yield new Resolved(Integer.toString(y), Precision.YEAR, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
        }
        default -> day(ref.plusDays(n));
      };
    }
    return null;
  }

  /**
   * The given year, or for XXXX: in the past, the latest year that puts the date (or the month, for a month) on or
   * before the reference; in the future the first on or after it; else the year (around the reference's) that puts
   * the date nearest the reference.
   */
  private static Integer year(String y, LocalDate ref, int month, int day, Direction direction, boolean wholeMonth) {
    if (!y.equals("XXXX")) {
      return Integer.parseInt(y);
    }
    if (ref == null) {
      return null;
    }
    if (direction != Direction.NONE) {
      YearMonth refMonth = YearMonth.from(ref);
      int candidate = ref.getYear();
      YearMonth ym = YearMonth.of(candidate, month);
      if (direction == Direction.PAST) {
        LocalDate date = LocalDate.of(candidate, month, Math.min(day, ym.lengthOfMonth()));
        boolean after = wholeMonth ? ym.isAfter(refMonth)
            : date.isAfter(ref) && ChronoUnit.DAYS.between(ref, date) > SET_AHEAD_DAYS;
        return after ? candidate - 1 : candidate;
      }
      boolean before = wholeMonth ? ym.isBefore(refMonth)
          : LocalDate.of(candidate, month, Math.min(day, ym.lengthOfMonth())).isBefore(ref);
      return before ? candidate + 1 : candidate;
    }
    Integer best = null;
    long bestDistance = Long.MAX_VALUE;
    for (int candidate = ref.getYear() - 1; candidate <= ref.getYear() + 1; candidate++) {
      int d = Math.min(day, YearMonth.of(candidate, month).lengthOfMonth());
      long distance = Math.abs(ChronoUnit.DAYS.between(ref, LocalDate.of(candidate, month, d)));
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best;
  }

  /**
   * The weekend (Saturday and Sunday) before the reference in the past tense (a Sunday's own), the next one in the
   * future; with no tense the nearer one: "said over the weekend" in a Monday paper is the two days just gone, not
   * the Saturday of the Monday's ISO week, which SUTime gives.
   */
  private static Resolved weekend(LocalDate ref, Direction direction) {
    LocalDate before = ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
    LocalDate after = ref.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
    LocalDate saturday = switch (direction) {
      case PAST -> before;
      case FUTURE -> after;
      default -> ChronoUnit.DAYS.between(before.plusDays(1), ref) <= ChronoUnit.DAYS.between(ref, after)
          ? before : after;
    };
    String value = String.format(Locale.ROOT, "%d-W%02d-WE", saturday.get(IsoFields.WEEK_BASED_YEAR),
        saturday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    return new Resolved(value, Precision.WEEK, saturday, saturday.plusDays(1));
  }

  /** A holiday of {@link TimeHolidays} in the year the tense chooses, as for a year-less date. */
  private static Resolved holiday(String raw, LocalDate ref, Direction direction) {
    LocalDate best = null;
    for (int year = ref.getYear() - 1; year <= ref.getYear() + 1; year++) {
      LocalDate d = TimeHolidays.in(raw, year);
      if (d == null || direction == Direction.PAST && d.isAfter(ref)
          || direction == Direction.FUTURE && d.isBefore(ref)) {
        continue;
      }
      if (best == null || direction == Direction.PAST
          || direction == Direction.NONE && Math.abs(ChronoUnit.DAYS.between(ref, d))
              < Math.abs(ChronoUnit.DAYS.between(ref, best))) {
        best = d; // the past keeps the latest; the future the first; no tense the nearest
      }
    }
    return best == null ? null : day(best);
  }

  private static Resolved day(LocalDate d) {
    return new Resolved(d.toString(), Precision.DAY, d, d);
  }

  private static Resolved month(YearMonth ym) {
    return new Resolved(ym.toString(), Precision.MONTH, ym.atDay(1), ym.atEndOfMonth());
  }

  private static Resolved week(LocalDate monday) {
    String value = String.format(Locale.ROOT, "%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
        monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    return new Resolved(value, Precision.WEEK, monday, monday.plusDays(6));
  }

  private static String str(LocalDate d) {
    return d == null ? null : d.toString();
  }

  /**
   * The reference date an article without a published date is read against: the latest full date (year, month
   * and day all written) among its time expressions, or null.
   */
  public static RawTime latestFullDate(List<RawTime> raws) {
    RawTime best = null;
    LocalDate bestDate = null;
    for (RawTime r : raws) {
      for (String part : r.raw().split("/")) {
        Matcher m = DAY.matcher(part);
        if (m.matches() && !m.group(1).equals("XXXX")) {
          Resolved d = resolveOne(part, null, null);
          if (d != null && (bestDate == null || d.first().isAfter(bestDate))) {
            best = r;
            bestDate = d.first();
          }
        }
      }
    }
    return best;
  }

  /** The latest full date of {@link #latestFullDate}, as a date. */
  public static LocalDate latestFullDateValue(List<RawTime> raws) {
    RawTime r = latestFullDate(raws);
    if (r == null) {
      return null;
    }
    LocalDate best = null;
    for (String part : r.raw().split("/")) {
      Resolved d = DAY.matcher(part).matches() && !part.startsWith("XXXX") ? resolveOne(part, null, null) : null;
      if (d != null && (best == null || d.first().isAfter(best))) {
        best = d.first();
      }
    }
    return best;
  }
}
