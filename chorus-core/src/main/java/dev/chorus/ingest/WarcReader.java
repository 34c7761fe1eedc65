package dev.chorus.ingest;

import dev.chorus.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Locale;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * WARC and WARC.gz crawl files (jwarc): each HTTP response record with an HTML body is an article with id
 * {@code stem#N} (N counts the HTML responses in the file), the record's target URI as its URL, and the response's
 * {@code Last-Modified} or the record's date as its date. A truncated
 * or corrupt file keeps the articles read before the damage and reports where it stopped.
 */
public final class WarcReader implements DocumentReader {
  private final TextDecoder decoder = new TextDecoder();
  private final IngestLimits limits;

  public WarcReader(IngestLimits limits) {
    this.limits = limits;
  }

  @Override
  public String format() {
    return "warc";
  }

  @Override
  public boolean accepts(String innerName) {
    return innerName.endsWith(".warc");
  }

  @Override
  public void read(InputFile input, ArticleSink sink) throws IOException {
    int htmlResponses = 0;
    // jwarc recognises gzip members itself, so the raw file is handed over.
    try (InputStream raw = Files.newInputStream(input.path());
        org.netpreserve.jwarc.WarcReader warc = new org.netpreserve.jwarc.WarcReader(raw)) {
      for (WarcRecord record : warc) {
        if (!(record instanceof WarcResponse response)) {
          continue;
        }
        String where;
        try {
          MediaType type = response.http().contentType();
          if (type == null || !type.base().toString().toLowerCase(Locale.ROOT).contains("html")) {
            continue;
          }
          htmlResponses++;
          String id = input.stem() + "#" + htmlResponses;
          where = input.displayName() + "#" + htmlResponses;
          if (sink.alreadyDone(id, where)) {
            continue;
          }
          byte[] body = BoundedReads.readAtMost(response.http().body().stream(), limits.maxDocumentBytes(), where);
          String charset = type.parameters().get("charset");
          String html = decoder.decode(body, charset != null ? charset : HtmlReader.declaredCharset(body)).text();
          String url = response.target();
          RecordFields.Found date = recordDate(response);
          sink.accept(Article.ingested(id, where, format(), null, null, url,
              date == null ? null : date.value(), date == null ? null : date.field(), null, html, null));
        } catch (UnreadableInputException | IOException | RuntimeException e) {
          sink.skip(input.displayName() + "#record-after-" + htmlResponses, describe(e));
        }
      }
    } catch (IOException | RuntimeException e) {
      sink.skip(input.displayName(), "truncated or corrupt WARC after " + htmlResponses + " HTML responses: "
          + describe(e));
    }
  }

  /**
   * The HTTP {@code Last-Modified} of the response, else the record's {@code WARC-Date} (when it was fetched, so
   * the page was published then or before). Both are weaker than the page's own metadata, which wins over them
   * when extraction finds it ({@link #isRecordDate}).
   */
  private static RecordFields.Found recordDate(WarcResponse response) throws IOException {
    String modified = RecordFields.isoDate(response.http().headers().first("Last-Modified").orElse(null));
    if (modified != null) {
      return new RecordFields.Found(modified, "warc:last-modified");
    }
    return response.date() == null ? null
        : new RecordFields.Found(response.date().atOffset(java.time.ZoneOffset.UTC).toString(), "warc:date");
  }

  /** Whether a published source is one of the crawl's own dates, which the page's metadata overrides. */
  public static boolean isRecordDate(String publishedSource) {
    return publishedSource != null && publishedSource.startsWith("warc:");
  }

  private static String describe(Exception e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
  }
}
