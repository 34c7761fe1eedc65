package dev.chorus.export;

import dev.chorus.store.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the workspace's tables as CSV or Parquet files in a directory, through DuckDB's {@code COPY}.
 * The directory is built beside the target and renamed into place.
 */
public final class TableExporter {
  /**
   * File name → query. The same tables as the JSON export, flattened. Stages that add tables add their entries
   * here, queries that return nothing until their stage has run.
   */
  static final Map<String, String> TABLES = new LinkedHashMap<>();

  static {
    TABLES.put("articles", "SELECT id, source, title, url, published, published_inferred, published_source, language,"
        + " byline, site_name AS site, modified, input, format, text, duplicate_of, content_hash FROM articles"
        + " ORDER BY id");
    TABLES.put("removed", "SELECT article_id AS article, start, \"end\", text, reason FROM removed_spans"
        + " ORDER BY article_id, start");
    TABLES.put("sentences", "SELECT article_id AS article, idx, start, \"end\", paragraph FROM sentences"
        + " ORDER BY article_id, idx");
    TABLES.put("original_texts", "SELECT article_id AS article, text FROM original_texts ORDER BY article_id");
    TABLES.put("offset_map", "SELECT article_id AS article, clean_start, original_start, length FROM offset_segments"
        + " ORDER BY article_id, clean_start");
    TABLES.put("entities", "SELECT id, name, type, mention_count FROM entities ORDER BY mention_count DESC, id");
    TABLES.put("entity_aliases", "SELECT entity_id, alias FROM entity_aliases ORDER BY entity_id, alias");
    TABLES.put("mentions", "SELECT m.article_id AS article, m.start, m.\"end\", m.text, m.type, em.entity_id FROM mentions m"
        + " LEFT JOIN entity_mentions em USING (article_id, start, \"end\") ORDER BY m.article_id, m.start");
    TABLES.put("quotes", "SELECT article_id AS article, start, \"end\", text, speaker, speaker_entity FROM quotes"
        + " ORDER BY article_id, start");
    TABLES.put("scare_quotes", "SELECT article_id AS article, start, \"end\", text FROM scare_quotes ORDER BY article_id, start");
    TABLES.put("time_expressions", "SELECT article_id AS article, start, \"end\", text, value, precision, range_start,"
        + " range_end, reference, coalesce(timex_type, 'DATE') AS type, CASE WHEN timex_type IS NULL THEN value ELSE"
        + " timex_value END AS timex, lower(coalesce(direction, 'NONE')) AS direction FROM time_expressions"
        + " ORDER BY article_id, start");
    TABLES.put("numbers", "SELECT article_id AS article, start, \"end\", text, value, qualifier, counted, unit FROM numbers"
        + " ORDER BY article_id, start");
    TABLES.put("reuse_links", "SELECT link_id, a, b, kind, score, earlier FROM reuse_links ORDER BY link_id");
    TABLES.put("reuse_passages", "SELECT link_id, a_start, a_end, b_start, b_end, similarity FROM reuse_passages"
        + " ORDER BY link_id, a_start");
    TABLES.put("talking_points", "SELECT tp_id AS id, rank, summary, summary_article, summary_start, summary_end,"
        + " articles, first_article AS first FROM talking_points ORDER BY rank");
    TABLES.put("talking_point_members", "SELECT tp_id AS id, article_id AS article, start, \"end\""
        + " FROM talking_point_members ORDER BY tp_id, article_id, start");
    TABLES.put("claims", "SELECT claim_id AS id, article_id AS article, start, \"end\", kind, text, value, low, high, qualifier, counted, concept, predicate, subject, speaker, time_ref AS time, key, date_value FROM claims ORDER BY article_id, start");
    TABLES.put("comparisons", "SELECT c.comparison_id AS id, c.key, c.verdict, c.rule, string_agg(m.claim_id, ' ' ORDER BY m.position) AS claims, c.reason FROM comparisons c LEFT JOIN comparison_claims m USING (comparison_id) GROUP BY ALL ORDER BY c.comparison_id");
    TABLES.put("timeline", "SELECT event_id AS id, date, precision, summary, summary_article, summary_start, summary_end, articles FROM timeline_events ORDER BY event_id");
    TABLES.put("timeline_evidence", "SELECT event_id AS id, article_id AS article, start, \"end\", reported FROM timeline_evidence ORDER BY event_id, article_id, start");
    TABLES.put("stories", "SELECT article_id AS article, story_id AS story, label FROM stories ORDER BY story_id, article_id");
    TABLES.put("framing", "SELECT term_id AS id, story_id AS story, source, kind, term, label_group, count, others, z"
        + " FROM framing_terms ORDER BY story_id, source, kind DESC, z DESC");
    TABLES.put("framing_evidence", "SELECT term_id AS id, article_id AS article, start, \"end\" FROM framing_evidence"
        + " ORDER BY term_id, article_id, start");
    TABLES.put("skipped_inputs", "SELECT input, reason FROM skipped_inputs ORDER BY input");
  }

  public void export(Workspace ws, ExportFormat format, Path targetDir) throws IOException {
    if (format == ExportFormat.JSON) {
      throw new IllegalArgumentException("JSON is written by JsonExporter");
    }
    Path temp = AtomicFiles.tempSibling(targetDir);
    AtomicFiles.deleteTree(temp);
    Files.createDirectories(temp);
    String ext = format == ExportFormat.CSV ? "csv" : "parquet";
    String options = format == ExportFormat.CSV ? "(FORMAT CSV, HEADER)" : "(FORMAT PARQUET, COMPRESSION ZSTD)";
    try (Statement st = ws.connection().createStatement()) {
      for (var e : TABLES.entrySet()) {
        Path file = temp.resolve(e.getKey() + "." + ext).toAbsolutePath();
        st.execute("COPY (" + e.getValue() + ") TO '" + file.toString().replace("'", "''") + "' " + options);
      }
    } catch (SQLException e) {
      AtomicFiles.deleteTree(temp);
      throw new IOException("export failed: " + e.getMessage(), e);
    }
    AtomicFiles.moveIntoPlace(temp, targetDir);
  }
}
