package dev.chorus.testing;

import dev.chorus.model.Article;
import java.util.Random;

/**
 * Random articles for stage tests in the manner of Lucene's {@code checkRandomData}: text built from pieces that
 * break text handling (several scripts, combining marks, characters outside the BMP, curly and straight quotes,
 * control and bidi characters, CRLF and lone CR, numbers and dates, very long words, markup fragments, U+FFFD as a
 * bad decode leaves it), as plain text or wrapped in HTML, sometimes with a date and a source. Seeded, so a
 * failure is reproduced from the seed the test prints.
 */
public final class RandomArticles {
  private static final String[] PIECES = {
    "The ministry said", "protesters", "“We will restore order,” he said.", "\"Quoted\"", "‘single’", "«guillemets»",
    "On January 5, 2022", "last week", "3,000", "1.5 million", "12%", "$40 mln", "No.", "U.S.", "Dr.", "e.g.",
    "Алматы", "Казахстан", "北京", "東京", "العربية", "עברית", "हिन्दी", "ñandú", "e\u0301", "Z\u0351\u0352a",
    "\uD83D\uDE00", "\uD835\uDC00", "\u200B", "\u202E", "\u202C", "\uFEFF", "\u00AD", "\u0000", "\u0007", "\uFFFD",
    "\r\n", "\r", "\n\n", "\t", "  ", "...", "—", "-", "(", ")", "[1]", "<b>", "</p>", "&amp;", "&#x27;", "http://x.y/z",
    "a@b.c", "#tag", "@user", "Reuters", "AP", "said Ana Ruiz.", "according to officials", ":", ";", "?", "!",
  };

  private RandomArticles() {}

  /** Text of up to {@code maxPieces} pieces, joined by spaces or nothing. */
  public static String text(Random r, int maxPieces) {
    StringBuilder b = new StringBuilder();
    int n = r.nextInt(maxPieces + 1);
    for (int i = 0; i < n; i++) {
      int pick = r.nextInt(20);
      if (pick == 0) {
        b.append("x".repeat(1 + r.nextInt(3000)));
      } else if (pick == 1) {
        b.append((char) r.nextInt(0x3000));
      } else {
        b.append(PIECES[r.nextInt(PIECES.length)]);
      }
      if (r.nextInt(4) > 0) {
        b.append(' ');
      }
    }
    return b.toString();
  }

  /** An article as ingest gives it: random text, as plain text or as an HTML page, sometimes dated. */
  public static Article article(Random r, String id) {
    String text = text(r, 80);
    String published = r.nextBoolean() ? null : "2022-01-0" + (1 + r.nextInt(9));
    String source = r.nextBoolean() ? null : "Outlet " + r.nextInt(3);
    if (r.nextInt(3) == 0) {
      String html = "<html><head><title>" + text(r, 4) + "</title></head><body>"
          + (r.nextBoolean() ? "<nav>" + text(r, 5) + "</nav>" : "") + "<article><p>"
          + text.replace("\n", "</p><p>") + "</p></article>" + (r.nextBoolean() ? "" : "</body></html>");
      return Article.ingested(id, id + ".html", "html", source, null, null, published, null, null, html, null);
    }
    return Article.ingested(id, id + ".txt", "txt", source, null, null, published, null, null, null, text);
  }
}
