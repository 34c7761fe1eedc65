package dev.chorus.ingest;

import dev.chorus.model.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** HTML files: one article per file; the page is kept as HTML for the main-text stage to extract. */
public final class HtmlReader implements DocumentReader {
  private static final Pattern META_CHARSET =
      Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-:.]+)");

  private final TextDecoder decoder = new TextDecoder();
  private final IngestLimits limits;

  public HtmlReader(IngestLimits limits) {
    this.limits = limits;
  }

  @Override
  public String format() {
    return "html";
  }

  @Override
  public boolean accepts(String innerName) {
    return innerName.endsWith(".html") || innerName.endsWith(".htm") || innerName.endsWith(".xhtml");
  }

  @Override
  public void read(InputFile input, ArticleSink sink) throws IOException, UnreadableInputException {
    String id = input.stem();
    if (sink.alreadyDone(id, input.displayName())) {
      return;
    }
    byte[] bytes = input.readAll(limits.maxDocumentBytes());
    String html = decoder.decode(bytes, declaredCharset(bytes)).text();
    sink.accept(Article.ingested(id, input.displayName(), format(), null, null, null, null, null, null, html, null));
  }

  /** The charset a page declares in its first 4 KB ({@code <meta charset>} or http-equiv), or null. */
  static String declaredCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? m.group(1) : null;
  }
}
