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
 * {@code stem#N} (N counts the HTML responses in the file) and the record's target URI as its URL. A truncated
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
          sink.accept(Article.ingested(id, where, format(), null, null, url, null, null, null, html, null));
        } catch (UnreadableInputException | IOException | RuntimeException e) {
          sink.skip(input.displayName() + "#record-after-" + htmlResponses, describe(e));
        }
      }
    } catch (IOException | RuntimeException e) {
      sink.skip(input.displayName(), "truncated or corrupt WARC after " + htmlResponses + " HTML responses: "
          + describe(e));
    }
  }

  private static String describe(Exception e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
  }
}
