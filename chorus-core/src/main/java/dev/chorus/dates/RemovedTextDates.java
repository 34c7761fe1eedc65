package dev.chorus.dates;

import dev.chorus.model.Removal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The latest full numeric date in what cleaning removed (captions and date stamps such as "Sputnik International,
 * 1920, 08.01.2022"): a page's own date when its text names none. Dotted dates are read day first, as written
 * outside the United States; ISO dates as they are.
 */
final class RemovedTextDates {
  private static final Pattern DOTTED = Pattern.compile("\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b");
  private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");

  private RemovedTextDates() {}

  /** The latest date and the text it was read from, or null. */
  record Found(LocalDate date, String text) {}

  static Found latest(List<Removal> removed) {
    Found best = null;
    for (Removal r : removed) {
      if (r.text() == null) {
        continue;
      }
      best = scan(DOTTED.matcher(r.text()), 3, 2, 1, best);
      best = scan(ISO.matcher(r.text()), 1, 2, 3, best);
    }
    return best;
  }

  private static Found scan(Matcher m, int y, int mo, int d, Found best) {
    while (m.find()) {
      try {
        LocalDate date = LocalDate.of(Integer.parseInt(m.group(y)), Integer.parseInt(m.group(mo)),
            Integer.parseInt(m.group(d)));
        if (best == null || date.isAfter(best.date())) {
          best = new Found(date, m.group());
        }
      } catch (DateTimeException e) {
        // not a calendar date (32.13.2022): skip it
      }
    }
    return best;
  }
}
