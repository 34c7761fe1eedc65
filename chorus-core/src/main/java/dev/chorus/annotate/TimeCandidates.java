package dev.chorus.annotate;

import dev.chorus.annotate.NlpDocument.NlpMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the backend's time mentions (DATE, TIME, DURATION, SET) into {@link RawTime}s with their TIMEX3 type,
 * fixing what SUTime gets wrong on news text (rules 1–5 measured on the bundled corpus, 6–8 on TempEval-3's
 * training documents with {@code bench/run TempEvalBenchmark}):
 * <ol>
 *   <li>a bare year in a credit ("© AFP 2023") is not an event date;</li>
 *   <li>a bare year next to a full date in a caption ("Sputnik International, 1920, 06.01.2022": an image width) is
 *       not a year;</li>
 *   <li>a lower-case month name ("thousands-strong march", "may") is a word, not a month;</li>
 *   <li>"January 4-5" is one range, not a date and a number;</li>
 *   <li>relative phrases are read from their words, since SUTime anchors "the next day" to the document date and
 *       leaves "last week" empty: {@link #RELATIVE}; "now", "currently" are {@code PRESENT_REF}, except an opening
 *       "Now," (a connective: TimeML marks none of the three in TempEval-3's training documents);</li>
 *   <li>a year SUTime took from the document date, for a text that writes none ("in August", "on Friday"), is
 *       given back as unknown ({@code XXXX-08}, {@code XXXX-WXX-5}), so {@link TimeResolver} chooses it from the
 *       tense of the governing verb ({@link GoverningTense}): {@link WrittenDates};</li>
 *   <li>"N years (months, weeks, days) ago / earlier" is as precise as its unit: "41 years ago" is a year, not a
 *       day;</li>
 *   <li>durations, sets and vague references ({@code PAST_REF}) keep SUTime's value and type; they are not
 *       calendar dates, so they get no calendar value;</li>
 *   <li>phrases SUTime cuts short, misreads or misses are read again from their words: {@link TimePhrases}.</li>
 * </ol>
 */
public final class TimeCandidates {
  /** Relative phrases (lower case, without "on"/"the") and the raw value each one means. */
  static final Map<String, String> RELATIVE = Map.ofEntries(
      Map.entry("next day", "NARRATIVE+1"), Map.entry("following day", "NARRATIVE+1"),
      Map.entry("a day later", "NARRATIVE+1"), Map.entry("day after", "NARRATIVE+1"),
      Map.entry("previous day", "NARRATIVE-1"), Map.entry("day before", "NARRATIVE-1"),
      Map.entry("today", "REF"), Map.entry("now", "PRESENT_REF"), Map.entry("currently", "PRESENT_REF"),
      Map.entry("current", "PRESENT_REF"), Map.entry("present", "PRESENT_REF"),
      Map.entry("at present", "PRESENT_REF"),
      Map.entry("yesterday", "REF-DAY-1"), Map.entry("tomorrow", "REF-DAY+1"),
      Map.entry("this week", "REF-WEEK"), Map.entry("last week", "REF-WEEK-1"), Map.entry("next week", "REF-WEEK+1"),
      Map.entry("this month", "REF-MONTH"), Map.entry("last month", "REF-MONTH-1"),
      Map.entry("this year", "REF-YEAR"), Map.entry("last year", "REF-YEAR-1"), Map.entry("next year", "REF-YEAR+1"));
  private static final Set<String> TYPES = Set.of("DATE", "TIME", "DURATION", "SET");
  private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern UNKNOWN_YEAR_MONTH = Pattern.compile("\\*{4}(\\d{2})");
  private static final Pattern CONNECTOR = Pattern.compile("(?i)and|or|to|through|[-–—]");
  private static final Pattern FULL_NUMERIC_DATE_AFTER = Pattern.compile("^\\s*,\\s*\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}");
  private static final Pattern DAY_RANGE_AFTER = Pattern.compile("^\\s?[-–—]\\s?(\\d{1,2})\\b");
  private static final Pattern ISO_DAY = Pattern.compile("(\\d{4}|XXXX)-(\\d{2})-(\\d{2})");
  /** How far before a year a © still makes it a credit ("© AFP 2023"). */
  private static final int CREDIT_WINDOW = 30;

  private TimeCandidates() {}

  public static List<RawTime> from(NlpDocument doc, String text) {
    List<RawTime> out = new ArrayList<>();
    int covered = 0;
    for (NlpMention m : TimeMentionFilter.expressions(doc, text)) {
      if (!TYPES.contains(String.valueOf(m.type())) && !TYPES.contains(String.valueOf(m.timexType()))
          || m.start() < covered) {
        continue; // not a time, or inside the phrase the previous one was widened to ("the year-earlier quarter")
      }
      RawTime t = candidate(m, text);
      if (t != null) {
        t = TimePhrases.reread(t, text);
        covered = t.end();
        out.add(new RawTime(t.start(), t.end(), t.text(), t.raw(), t.type(),
            GoverningTense.of(doc, m.firstToken(), m.endToken())));
      }
    }
    return TimePhrases.addUnmentioned(out, text);
  }

  /** The dates and times of day among {@code raws}: what the number finder must not count as figures. */
  public static List<RawTime> calendar(List<RawTime> raws) {
    return raws.stream().filter(r -> r.calendar() && !r.raw().endsWith("_REF")).toList();
  }

  static RawTime candidate(NlpMention m, String text) {
    String surface = text.substring(m.start(), m.end());
    String key = surface.toLowerCase(Locale.ROOT).replaceFirst("^(on |the |in )+", "").trim();
    String relative = RELATIVE.get(key);
    if (surface.equals("Now") && text.startsWith(",", m.end())) {
      return null; // "Now, he says, ...": a sentence's opening connective turns the argument, it dates nothing
    }
    if (relative != null) {
      return new RawTime(m.start(), m.end(), surface, relative, "DATE", null);
    }
    String raw = m.timexValue() != null ? m.timexValue() : m.normalized();
    Matcher unknownYear = UNKNOWN_YEAR_MONTH.matcher(String.valueOf(raw));
    if (unknownYear.matches()) {
      raw = "XXXX-" + unknownYear.group(1); // "mid-November": SUTime's ****11
    }
    if (raw == null || raw.contains(" ")) {
      return TimePhrases.fromComposite(m.start(), surface, text); // one of SUTime's joined phrases, or nothing
    }
    if (raw.contains("*")) {
      return null; // "******03" for the "3" of "a 6-3 vote": no TIMEX3 value
    }
    if (CONNECTOR.matcher(surface).matches()) {
      return null; // "between 1994 [and] 1997": the word joining two dates is neither
    }
    String type = m.timexType() != null ? m.timexType() : m.type();
    if (!type.equals("DATE") && !type.equals("TIME")) {
      return new RawTime(m.start(), m.end(), surface, raw, type, null);
    }
    if (raw.endsWith("_REF")) {
      return new RawTime(m.start(), m.end(), surface, raw, type, null);
    }
    raw = WrittenDates.asWritten(raw, surface);
    if (MONTHS.contains(surface) ) {
      return null; // lower case: "a thousands-strong march"
    }
    if (YEAR.matcher(surface).matches()) {
      if (isCredit(text, m.start())) {
        return null;
      }
      if (FULL_NUMERIC_DATE_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 16))).find()) {
        return null; // "Outlet, 1920, 06.01.2022": the full date carries the year; 1920 is a width
      }
    }
    int end = m.end();
    Matcher day = ISO_DAY.matcher(raw);
    if (day.matches()) {
      Matcher range = DAY_RANGE_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 6)));
      if (range.find()) {
        int to = Integer.parseInt(range.group(1));
        int from = Integer.parseInt(day.group(3));
        if (to > from && to <= 31) {
          String second = String.format(Locale.ROOT, "%s-%s-%02d", day.group(1), day.group(2), to);
          end += range.end();
          return new RawTime(m.start(), end, text.substring(m.start(), end), raw + "/" + second, type, null);
        }
      }
    }
    return new RawTime(m.start(), end, surface, raw, type, null);
  }

  /** A © (or "(c)") shortly before, on the same line: a photo or copyright credit. */
  static boolean isCredit(String text, int offset) {
    int from = Math.max(0, offset - CREDIT_WINDOW);
    int nl = text.lastIndexOf('\n', offset - 1);
    String window = text.substring(Math.max(from, nl + 1), offset);
    return window.contains("©") || window.contains("(c)") || window.contains("(C)");
  }
}
