package dev.chorus.store;

import dev.chorus.ingest.IsoDates;
import dev.chorus.model.Article;
import dev.chorus.model.OffsetMap;
import dev.chorus.model.Removal;
import dev.chorus.model.Sentence;
import dev.chorus.model.SkippedInput;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Writes a batch of articles (their row, text as given, offset map, removals and sentences) and the inputs skipped
 * with them, with the Appender, inside the transaction that {@link DuckDbWorkspace#write} opens.
 */
final class ArticleTables {
  private ArticleTables() {}

  static void appendArticles(DuckDBConnection conn, int runId, List<Article> articles) throws SQLException {
    try (DuckDBAppender art = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "articles");
        DuckDBAppender orig = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "original_texts");
        DuckDBAppender seg = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "offset_segments");
        DuckDBAppender rem = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "removed_spans");
        DuckDBAppender sen = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "sentences")) {
      for (Article a : articles) {
        art.beginRow();
        art.append(a.id());
        art.append(a.input());
        art.append(a.format());
        str(art, a.source());
        str(art, a.title());
        str(art, a.url());
        LocalDate published = IsoDates.day(a.published());
        if (published == null) {
          art.appendNull();
        } else {
          art.append(published);
        }
        str(art, published == null ? null : a.publishedSource());
        art.append(a.publishedInferred());
        str(art, a.language());
        art.append(a.text());
        art.append(a.contentHash());
        art.appendNull();
        art.append(runId);
        str(art, a.byline());
        str(art, a.site());
        LocalDate modified = IsoDates.day(a.modified());
        if (modified == null) {
          art.appendNull();
        } else {
          art.append(modified);
        }
        art.endRow();

        orig.beginRow().append(a.id()).append(a.originalText()).endRow();
        OffsetMap m = a.offsets();
        for (int i = 0; m != null && i < m.segmentCount(); i++) {
          seg.beginRow().append(a.id()).append(m.derivedStart(i)).append(m.originalStart(i)).append(m.length(i))
              .endRow();
        }
        for (Removal r : a.removed()) {
          rem.beginRow().append(a.id()).append(r.start()).append(r.end()).append(r.text()).append(r.reason()).endRow();
        }
        for (Sentence s : a.sentences()) {
          sen.beginRow().append(a.id()).append(s.index()).append(s.start()).append(s.end()).append(s.paragraph())
              .endRow();
        }
      }
      Transactions.flush(art, orig, seg, rem, sen);
    }
  }

  static void appendSkipped(DuckDBConnection conn, int runId, List<SkippedInput> skipped) throws SQLException {
    if (skipped.isEmpty()) {
      return;
    }
    try (DuckDBAppender app = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "skipped_inputs")) {
      for (SkippedInput s : skipped) {
        app.beginRow().append(s.input()).append(s.reason()).append(runId).endRow();
      }
      Transactions.flush(app);
    }
  }

  private static void str(DuckDBAppender app, String value) throws SQLException {
    if (value == null) {
      app.appendNull();
    } else {
      app.append(value);
    }
  }
}
