package dev.chorus.dates;

import dev.chorus.ingest.IsoDates;
import dev.chorus.model.Article;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates an article that came without a publication date from its own evidence. The cascade, first basis wins:
 * <ol>
 *   <li>a full date path in its URL ({@code /2022/01/08/}): the site's own filing of the page;</li>
 *   <li>its dateline ("SALVADOR, Feb 26 -"), with the year from the article's other evidence (a year in its URL, a
 *       full date in its first lines, a date stamp cleaning removed, its page's modified date); a dateline with no
 *       such evidence gives no date, since any year would be a guess;</li>
 *   <li>a full date in its first lines, where pages print their publication stamp;</li>
 *   <li>the latest full date in the captions and stamps cleaning removed;</li>
 *   <li>its page's modified date: it was published on or before that day.</li>
 * </ol>
 * Dates further into the text are not read: they are the story's own events (a bond maturing in 2002 dated a 1987
 * wire story; issue #11). Stateless and thread-safe.
 */
public final class OwnDates {
  /** Lines read for a date stamp: a headline, a byline and a stamp line; the story starts after them. */
  static final int FIRST_LINES = 3;
  /** The same bound in characters, for texts whose first "line" is a whole story without line breaks. */
  static final int FIRST_CHARS = 400;
  private static final Pattern URL_DAY =
      Pattern.compile("/((?:1[89]|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:[/_.-]|$)");
  private static final Pattern URL_YEAR = Pattern.compile("/((?:1[89]|20)\\d{2})/");

  private OwnDates() {}

  /** The article's own date, or null when nothing of its own gives one. */
  public static OwnDate infer(Article a) {
    // 1. URL path
    OwnDate url = urlDay(a.url());
    if (url != null) {
      return url;
    }
    OwnDate firstLines = firstLines(a.text());
    OwnDate stamp = removedStamp(a);
    OwnDate modified = modified(a.modified());
    // 2. dateline, with a year from other evidence of the same article
    Dateline dateline = Dateline.at(a.text());
    if (dateline != null) {
      OwnDate d = withYear(dateline, a.url(), firstLines, stamp, modified);
      if (d != null) {
        return d;
      }
    }
    // 3. first lines, 4. removed stamps, 5. modified date
    if (firstLines != null) {
      return firstLines;
    }
    return stamp != null ? stamp : modified;
  }

  private static OwnDate withYear(Dateline dateline, String url, OwnDate... evidence) {
    Integer urlYear = urlYear(url);
    if (urlYear != null && dateline.day().isValidYear(urlYear)) {
      return OwnDate.of(dateline.day().atYear(urlYear), "dateline",
          quoted(dateline.text()) + "; year from the URL path");
    }
    for (OwnDate e : evidence) {
      if (e == null) {
        continue;
      }
      LocalDate d = dateline.inYearOf(e.date());
      if (d != null) {
        String from = e.basis().substring("inferred: ".length());
        return OwnDate.of(d, "dateline", quoted(dateline.text()) + "; year from " + from);
      }
    }
    return null;
  }

  private static OwnDate urlDay(String url) {
    if (url == null) {
      return null;
    }
    Matcher m = URL_DAY.matcher(url);
    if (!m.find()) {
      return null;
    }
    try {
      LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)));
      return OwnDate.of(d, "URL path", m.group().replaceAll("[_.-]$", ""));
    } catch (DateTimeException notADay) {
      return null;
    }
  }

  private static Integer urlYear(String url) {
    if (url == null) {
      return null;
    }
    Matcher m = URL_YEAR.matcher(url);
    return m.find() ? Integer.parseInt(m.group(1)) : null;
  }

  private static OwnDate firstLines(String text) {
    if (text == null) {
      return null;
    }
    String head = head(text);
    WrittenDates.Found f = WrittenDates.first(head);
    return f == null ? null : OwnDate.of(f.date(), "full date in the first lines", quoted(f.text()) + " at " + f.start());
  }

  /** The first {@value #FIRST_LINES} non-blank lines, at most {@value #FIRST_CHARS} characters. */
  static String head(String text) {
    int lines = 0;
    int end = 0;
    while (end < text.length() && lines < FIRST_LINES) {
      int nl = text.indexOf('\n', end);
      int lineEnd = nl < 0 ? text.length() : nl;
      if (!text.substring(end, lineEnd).isBlank()) {
        lines++;
      }
      end = nl < 0 ? text.length() : nl + 1;
    }
    return text.substring(0, Math.min(end, FIRST_CHARS));
  }

  private static OwnDate removedStamp(Article a) {
    RemovedTextDates.Found f = RemovedTextDates.latest(a.removed());
    return f == null ? null : OwnDate.of(f.date(), "latest full date in removed captions", quoted(f.text()));
  }

  private static OwnDate modified(String modified) {
    LocalDate d = IsoDates.day(modified);
    return d == null ? null : OwnDate.of(d, "page's modified date", d.toString());
  }

  private static String quoted(String s) {
    return "\"" + s.replace('\n', ' ') + "\"";
  }
}
