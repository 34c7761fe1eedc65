package dev.chorus.annotate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Holidays whose date moves with the year ("Thanksgiving Day" is the fourth Thursday of November):
 * {@code floating-holidays.tsv}. Their raw value is {@code HOLIDAY-name}, placed on the calendar by
 * {@link TimeResolver} in the year the tense chooses.
 */
final class TimeHolidays {
  static final String PREFIX = "HOLIDAY-";
  private static final Map<String, Rule> RULES = load();

  /** The {@code which}-th {@code weekday} of {@code month} (-1: the last), then {@code plusDays} more. */
  private record Rule(int month, DayOfWeek weekday, int which, int plusDays) {
    LocalDate in(int year) {
      return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(which, weekday)).plusDays(plusDays);
    }
  }

  private TimeHolidays() {}

  /** The raw value for a surface naming a floating holiday ("Thanksgiving Day", "the Labor Day"), or null. */
  static String raw(String surface) {
    String key = key(surface);
    return RULES.containsKey(key) ? PREFIX + key.replace(' ', '_') : null;
  }

  /** The date of the holiday of raw value {@code raw} in {@code year}, or null if {@code raw} names none. */
  static LocalDate in(String raw, int year) {
    Rule rule = raw.startsWith(PREFIX) ? RULES.get(raw.substring(PREFIX.length()).replace('_', ' ')) : null;
    return rule == null ? null : rule.in(year);
  }

  private static String key(String surface) {
    return surface.toLowerCase(Locale.ROOT).replaceFirst("^((last|next|this|on|the)\\s+)+", "")
        .replaceAll("\\s+", " ").replace('\u2019', '\'').strip();
  }

  private static Map<String, Rule> load() {
    try (InputStream in = TimeHolidays.class.getResourceAsStream("floating-holidays.tsv")) {
      if (in == null) {
        throw new IllegalStateException("floating-holidays.tsv missing from the classpath");
      }
      Map<String, Rule> map = new HashMap<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t");
        map.put(c[0].strip(), new Rule(Integer.parseInt(c[1].strip()), DayOfWeek.of(Integer.parseInt(c[2].strip())),
            Integer.parseInt(c[3].strip()), Integer.parseInt(c[4].strip())));
      }
      return Map.copyOf(map);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
