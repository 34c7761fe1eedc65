package dev.chorus.ingest;

import dev.chorus.model.Article;
import java.io.IOException;
import java.util.List;

/**
 * Reads input files one after another with the reader for each format and hands articles to a sink.
 * Nothing an input contains can stop the run: every failure becomes a skip with the input's name and the reason.
 */
public final class Ingestor {
  /** News pages carry roughly 5–20 characters of markup per character of text; HTML gets this much more room. */
  static final int MARKUP_PER_TEXT_CHAR = 10;

  private final List<DocumentReader> readers;
  private final Manifest manifest;
  private final IngestLimits limits;

  public Ingestor(IngestLimits limits, Manifest manifest) {
    this.limits = limits;
    this.manifest = manifest;
    this.readers = List.of(new TextReader(limits), new HtmlReader(limits), new JsonLinesReader(limits),
        new WarcReader(limits));
  }

  public void ingest(InputFile file, ArticleSink sink) {
    DocumentReader reader = readerFor(file);
    if (reader == null) {
      sink.skip(file.displayName(),
          "unsupported format: expected .txt, .html, .htm, .jsonl, .warc (optionally .gz)");
      return;
    }
    int[] outcomes = {0}; // articles, skips and records already stored: an input that gives none is listed too
    ArticleSink checked = new ArticleSink() {
      @Override
      public void accept(Article article) {
        outcomes[0]++;
        boolean html = article.originalText() == null;
        String body = html ? article.html() : article.originalText();
        long limit = (long) limits.maxArticleChars() * (html ? MARKUP_PER_TEXT_CHAR : 1);
        if (body == null || body.isBlank()) {
          sink.skip(article.input(), "empty: no text");
        } else if (body.length() > limit) {
          sink.skip(article.input(), "too long: " + body.length() + (html ? " characters of HTML" : " characters")
              + ", limit " + limit + " (see --max-article-chars)");
        } else {
          sink.accept(manifest.apply(article, file));
        }
      }

      @Override
      public void skip(String input, String reason) {
        outcomes[0]++;
        sink.skip(input, reason);
      }

      @Override
      public boolean alreadyDone(String id, String input) {
        boolean done = sink.alreadyDone(id, input);
        outcomes[0] += done ? 1 : 0;
        return done;
      }
    };
    try {
      reader.read(file, checked);
    } catch (UnreadableInputException e) {
      sink.skip(file.displayName(), e.getMessage());
      return;
    } catch (IOException e) {
      sink.skip(file.displayName(), "unreadable: " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()));
      return;
    } catch (RuntimeException | StackOverflowError e) {
      sink.skip(file.displayName(), "could not be parsed: " + e);
      return;
    }
    if (outcomes[0] == 0) {
      sink.skip(file.displayName(), "no articles: nothing in it could be read as a record");
    }
  }

  private DocumentReader readerFor(InputFile file) {
    String name = file.innerName();
    for (DocumentReader r : readers) {
      if (r.accepts(name)) {
        return r;
      }
    }
    return null;
  }
}
