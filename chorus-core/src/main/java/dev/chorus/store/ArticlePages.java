package dev.chorus.store;

import dev.chorus.model.Article;
import dev.chorus.model.OffsetMap;
import dev.chorus.model.Removal;
import dev.chorus.model.Sentence;
import dev.chorus.model.Span;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads articles back a page at a time in id order, with their removals, sentences and offset maps, so that
 * walking a workspace of any size holds one page in memory.
 */
final class ArticlePages {
  private ArticlePages() {}

  /** Up to {@code limit} articles whose ids sort after {@code after}, in id order. */
  static List<Article> read(Connection conn, String after, int limit) throws SQLException {
    List<Article> rows = new ArrayList<>();
    try (PreparedStatement ps = conn.prepareStatement("""
        SELECT a.id, a.input, a.format, a.source, a.title, a.url, CAST(a.published AS VARCHAR), a.published_source,
               a.published_inferred, a.language, o.text, a.text, a.content_hash, a.duplicate_of,
               a.byline, a.site_name, CAST(a.modified AS VARCHAR)
        FROM articles a LEFT JOIN original_texts o ON o.article_id = a.id
        WHERE a.id > ? ORDER BY a.id LIMIT ?""")) {
      ps.setString(1, after);
      ps.setInt(2, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(new Article(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
              rs.getString(6), rs.getString(7), rs.getString(8), rs.getBoolean(9), rs.getString(10), null,
              rs.getString(11), rs.getString(12), List.of(), null, List.of(), rs.getString(13), rs.getString(14), rs.getString(15),
              rs.getString(16),
              rs.getString(17), null));
        }
      }
    }
    if (rows.isEmpty()) {
      return rows;
    }
    String first = rows.get(0).id();
    String lastId = rows.get(rows.size() - 1).id();
    Map<String, List<Removal>> removed = new HashMap<>();
    Map<String, List<Sentence>> sentences = new HashMap<>();
    Map<String, OffsetMap.Builder> offsets = new HashMap<>();
    try (PreparedStatement ps = conn.prepareStatement(
        "SELECT article_id, start, \"end\", text, reason FROM removed_spans WHERE article_id BETWEEN ? AND ? "
            + "ORDER BY article_id, start")) {
      ps.setString(1, first);
      ps.setString(2, lastId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          removed.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
              .add(new Removal(Span.original(rs.getString(1), rs.getInt(2), rs.getInt(3)), rs.getString(4),
                  rs.getString(5)));
        }
      }
    }
    try (PreparedStatement ps = conn.prepareStatement(
        "SELECT article_id, idx, start, \"end\", paragraph FROM sentences WHERE article_id BETWEEN ? AND ? "
            + "ORDER BY article_id, idx")) {
      ps.setString(1, first);
      ps.setString(2, lastId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          sentences.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
              .add(new Sentence(rs.getInt(2), new Span(rs.getString(1), rs.getInt(3), rs.getInt(4)), rs.getInt(5)));
        }
      }
    }
    try (PreparedStatement ps = conn.prepareStatement(
        "SELECT article_id, clean_start, original_start, length FROM offset_segments WHERE article_id BETWEEN ? AND ? "
            + "ORDER BY article_id, clean_start")) {
      ps.setString(1, first);
      ps.setString(2, lastId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          offsets.computeIfAbsent(rs.getString(1), k -> new OffsetMap.Builder())
              .keep(rs.getInt(2), rs.getInt(3), rs.getInt(4));
        }
      }
    }
    List<Article> out = new ArrayList<>(rows.size());
    for (Article a : rows) {
      OffsetMap.Builder b = offsets.get(a.id());
      out.add(a.withCleanText(a.text(), removed.getOrDefault(a.id(), List.of()),
              b == null ? OffsetMap.identity(0) : b.build(), a.contentHash())
          .withSentences(sentences.getOrDefault(a.id(), List.of())));
    }
    return out;
  }
}
