package dev.chorus.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time phrases whose extent or value SUTime misreads, read again from their words and the words around them
 * (measured on TempEval-3's training documents, {@code bench/run TempEvalBenchmark --errors}):
 * <ol>
 *   <li>a year spoken in words ends after its units: "nineteen ninety-six" is 1996, not "nineteen ninety";</li>
 *   <li>"the year-ago quarter", "year-earlier", "the comparable year-ago period" are one expression, the year
 *       before ({@link ReportingPeriod} makes it the same quarter a year before);</li>
 *   <li>"the 1988 period", "the 1988 quarter" are one expression, the year written;</li>
 *   <li>"the latest quarter", "the current quarter" name a quarter, not a length of time;</li>
 *   <li>"recent years", "past decades" are a vague past ({@code PAST_REF}), not a length of time ("recent weeks"
 *       and "recent months" are marked as durations);</li>
 *   <li>"year-end", "year's end" are the end of the year under discussion, a date;</li>
 *   <li>"the fiscal year ended March 31" is a length of time, one year, that ended on that date;</li>
 *   <li>a range of lengths is written by its first ("two to three weeks": {@code P2W}); "20 more years" keeps its
 *       number, which SUTime leaves outside ("more years"); "the next several days" is a vague length
 *       ({@code PXD}), not a date;</li>
 *   <li>"three days later" is a length of time, three days, with a signal after it: TimeML marks "three days";</li>
 *   <li>a phrase SUTime joins into one mention without a value ("the first nine months of 1997") keeps the
 *       length of time it starts with or the "this year" it ends with ({@link #fromComposite}).</li>
 * </ol>
 */
final class TimePhrases {
  private static final Pattern SPOKEN_TENS = Pattern.compile(
      "(?i).*\\b(nineteen|twenty|two thousand)[- ](twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)$");
  private static final Pattern SPOKEN_UNIT = Pattern.compile(
      "(?i)^[- ](one|two|three|four|five|six|seven|eight|nine)\\b");
  private static final Map<String, Integer> UNITS = Map.of("one", 1, "two", 2, "three", 3, "four", 4, "five", 5,
      "six", 6, "seven", 7, "eight", 8, "nine", 9);
  private static final Pattern YEAR_WORD = Pattern.compile("(?i)((the|a) )?((comparable|corresponding) )?year");
  private static final Pattern YEAR_AGO_AFTER = Pattern.compile(
      "(?i)^-(ago|earlier)\\b( (((first|second|third|fourth|fiscal)[- ])*(quarter|period)))?");
  private static final Pattern WRITTEN_YEAR = Pattern.compile("(?i)(the )?(\\d{4})( (quarter|period))?");
  private static final Pattern PERIOD_AFTER = Pattern.compile("(?i)^ (quarter|period)\\b");
  private static final Pattern NAMED_QUARTER = Pattern.compile(
      "(?i)(the|this|that) ((latest|same|recent|current|fiscal) )*quarter");
  private static final Pattern VAGUE_PAST = Pattern.compile(
      "(?i)(the )?(recent|past) (years|decades|centuries)");
  private static final Pattern YEAR_END_AFTER = Pattern.compile("(?i)^([- ]|'s )end\\b");
  private static final Pattern FISCAL_YEAR = Pattern.compile("(?i)(the )?((fiscal|financial|latest) )*year");
  private static final Pattern ENDED_AFTER = Pattern.compile("(?i)^ (ended|ending)\\b");
  private static final Pattern LATER = Pattern.compile(
      "(?i)((?:just |about |over |more than )*)(an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
      + "|a few|several|\\d+) (second|minute|hour|day|week|month|year)s?( later)");
  /** Decades spelled out, at their index: "the nineties" is 199. */
  private static final List<String> DECADES = List.of("", "", "twenties", "thirties", "forties", "fifties", "sixties",
      "seventies", "eighties", "nineties");
  private static final Pattern UNMENTIONED = Pattern.compile(
      "\\bmid-(\\d{4})\\b|(?i:\\bthe (twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\\b)"
      + "|(?i:\\bthe latest period\\b)");
  private static final Pattern DURATION_RANGE = Pattern.compile("(P[^/]+)/P[^/]+");
  private static final Pattern BARE_UNIT = Pattern.compile("(?i)(seconds|minutes|hours|days|weeks|months|years)");
  /** The number SUTime left out before "more years": "at least 20 more years", "two more weeks". */
  private static final Pattern NUMBER_BEFORE = Pattern.compile(
      "(?i)\\b((one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d+) more )$");
  private static final Pattern VAGUE_SPAN = Pattern.compile(
      "(?i)the (?:next|past|last) (?:few|several) (second|minute|hour|day|week|month|year)s");
  private static final Pattern LEADING_DURATION = Pattern.compile(
      "(?i)^((?:more than |about |at least |nearly |almost )?(?:the )?(?:first |last |next |past )?)"
      + "(an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d+) "
      + "(second|minute|hour|day|week|month|quarter|year)s?\\b");
  private static final Pattern TRAILING_THIS = Pattern.compile("(?i)\\bthis (year|month|week)$");
  private static final Map<String, String> NUMBERS = Map.ofEntries(Map.entry("a", "1"), Map.entry("an", "1"),
      Map.entry("one", "1"), Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"),
      Map.entry("five", "5"), Map.entry("six", "6"), Map.entry("seven", "7"), Map.entry("eight", "8"),
      Map.entry("nine", "9"), Map.entry("ten", "10"), Map.entry("eleven", "11"), Map.entry("twelve", "12"),
      Map.entry("a few", "X"), Map.entry("several", "X"));

  private TimePhrases() {}

  /** {@code t} read again from its words and the text around it; {@code t} itself when no rule applies. */
  static RawTime reread(RawTime t, String text) {
    String surface = t.text();
    String after = text.substring(t.end(), Math.min(text.length(), t.end() + 40));
    String before = text.substring(Math.max(0, t.start() - 4), t.start());
    Matcher m;
    if (SPOKEN_TENS.matcher(surface).matches() && (m = SPOKEN_UNIT.matcher(after)).find()
        && t.raw().matches("\\d{3}0.*")) {
      String raw = t.raw().substring(0, 3) + UNITS.get(m.group(1).toLowerCase(Locale.ROOT)) + t.raw().substring(4);
      return with(t, text, t.start(), t.end() + m.end(), raw, t.type());
    }
    if (YEAR_WORD.matcher(surface).matches() && (m = YEAR_AGO_AFTER.matcher(after)).find()) {
      return with(t, text, t.start(), t.end() + m.end(), "REF-YEAR-1", "DATE");
    }
    if ((m = WRITTEN_YEAR.matcher(surface)).matches()) {
      Matcher p = PERIOD_AFTER.matcher(after);
      boolean the = m.group(1) != null || before.toLowerCase(Locale.ROOT).endsWith("the ");
      if (m.group(3) != null && the) {
        return with(t, text, m.group(1) != null ? t.start() : t.start() - 4, t.end(), m.group(2), "DATE");
      }
      if (the && p.find()) {
        return with(t, text, m.group(1) != null ? t.start() : t.start() - 4, t.end() + p.end(), m.group(2), "DATE");
      }
    }
    if (!t.type().equals("DATE") && NAMED_QUARTER.matcher(surface).matches()) {
      return with(t, text, t.start(), t.end(), "REF-QUARTER-1", "DATE");
    }
    if (VAGUE_PAST.matcher(surface).matches()) {
      return with(t, text, t.start(), t.end(), "PAST_REF", "DATE");
    }
    if (surface.equalsIgnoreCase("year") && (m = YEAR_END_AFTER.matcher(after)).find()) {
      return with(t, text, t.start(), t.end() + m.end(), "REF-YEAR", "DATE");
    }
    if (FISCAL_YEAR.matcher(surface).matches() && ENDED_AFTER.matcher(after).find()) {
      return with(t, text, t.start(), t.end(), "P1Y", "DURATION");
    }
    if (t.type().equals("DURATION") && (m = DURATION_RANGE.matcher(t.raw())).matches()) {
      return with(t, text, t.start(), t.end(), m.group(1), "DURATION"); // "two to three weeks": P2W
    }
    if (t.type().equals("DURATION") && (m = BARE_UNIT.matcher(surface)).matches()
        && (m = NUMBER_BEFORE.matcher(text.substring(Math.max(0, t.start() - 30), t.start()))).find()) {
      int start = t.start() - (m.end() - m.start());
      return with(t, text, start, t.end(), duration(m.group(2), surface.replaceFirst("s$", "")), "DURATION");
    }
    if ((m = VAGUE_SPAN.matcher(surface)).matches()) {
      return with(t, text, t.start(), t.end(), duration("X", m.group(1)), "DURATION");
    }
    if ((m = LATER.matcher(surface)).matches()) {
      return with(t, text, t.start(), t.start() + m.start(4), duration(m.group(2), m.group(3)), "DURATION");
    }
    return t;
  }

  /**
   * The expression at the head or tail of a phrase SUTime joined into one mention without a TIMEX3 value ("the
   * first nine months of 1997", "more than four hours Friday", "second this year"): a length of time it starts
   * with, or "this year" (month, week) it ends with; null when neither.
   */
  static RawTime fromComposite(int start, String surface, String text) {
    Matcher m = LEADING_DURATION.matcher(surface);
    if (m.find()) {
      return new RawTime(start, start + m.end(), surface.substring(0, m.end()), duration(m.group(2), m.group(3)),
          "DURATION", null);
    }
    m = TRAILING_THIS.matcher(surface);
    if (m.find()) {
      String unit = m.group(1).toUpperCase(Locale.ROOT);
      return new RawTime(start + m.start(), start + surface.length(), surface.substring(m.start()), "REF-" + unit,
          "DATE", null);
    }
    return null;
  }

  /**
   * {@code found} (in text order) with the expressions SUTime does not mention at all: "mid-1996" (the year),
   * "the nineties" (the decade, {@code 199}), "the latest period" of an earnings report (the quarter under
   * discussion, {@link ReportingPeriod}). Each is added only where no expression already stands.
   */
  static List<RawTime> addUnmentioned(List<RawTime> found, String text) {
    List<RawTime> out = new ArrayList<>(found);
    Matcher m = UNMENTIONED.matcher(text);
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      if (out.stream().anyMatch(t -> t.start() < end && start < t.end())) {
        continue;
      }
      String raw = m.group(1) != null ? m.group(1)
          : m.group(2) != null ? "19" + DECADES.indexOf(m.group(2).toLowerCase(Locale.ROOT)) : "REF-QUARTER-1";
      out.add(new RawTime(start, end, m.group(), raw, "DATE", null));
    }
    out.sort(Comparator.comparingInt(RawTime::start));
    return out;
  }

  /** The TIMEX3 duration of a number (a word or digits) of a unit: "three days" is P3D, "an hour" PT1H. */
  private static String duration(String number, String unitWord) {
    String n = NUMBERS.getOrDefault(number.toLowerCase(Locale.ROOT), number);
    String unit = unitWord.toLowerCase(Locale.ROOT);
    return switch (unit) {
      case "second" -> "PT" + n + "S";
      case "minute" -> "PT" + n + "M";
      case "hour" -> "PT" + n + "H";
      default -> "P" + n + Character.toUpperCase(unit.charAt(0));
    };
  }

  private static RawTime with(RawTime t, String text, int start, int end, String raw, String type) {
    return new RawTime(start, end, text.substring(start, end), raw, type, t.direction());
  }
}
