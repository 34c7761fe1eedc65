package dev.chorus.web;

import static dev.chorus.web.JsonRows.MAPPER;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chorus.model.Article;
import dev.chorus.store.RunHistory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Article metadata straight from the workspace's tables with prepared statements: the summary and sources of the
 * overview, metadata a page at a time, and the metadata (and texts) of the articles a page of findings names.
 * Articles whole: {@link SqlArticleReader}.
 */
final class SqlArticles {
  /** Rows per {@code IN (...)} lookup. */
  private static final int IN_CHUNK = 200;

  private final Connection conn;

  SqlArticles(Connection conn) {
    this.conn = conn;
  }

  ObjectNode summary() throws SQLException {
    ObjectNode out = (ObjectNode) JsonRows.select(conn, """
        SELECT count(*) AS article_count, count(DISTINCT %1$s) AS sources_count,
               CAST(min(published) AS VARCHAR) AS first_published,
               coalesce(arg_min(published_inferred, published), false) AS first_inferred,
               CAST(max(published) AS VARCHAR) AS last_published,
               coalesce(arg_max(published_inferred, published), false) AS last_inferred
        FROM articles""".formatted(Article.outletSql(""))).get(0);
    try (Statement st = conn.createStatement()) {
      out.put("stale", RunHistory.stale(st));
    }
    return out;
  }

  /** Sources in order of first publication (undated last), each with its first article ids in time order. */
  ArrayNode sources(int limit, int idsPerSource) throws SQLException {
    return JsonRows.select(conn, """
        SELECT %1$s AS source, count(*) AS articles,
               CAST(min(published) AS VARCHAR) AS first, CAST(max(published) AS VARCHAR) AS last,
               coalesce(arg_min(published_inferred, published), false) AS first_inferred,
               coalesce(arg_max(published_inferred, published), false) AS last_inferred,
               string_agg(DISTINCT language, ', ' ORDER BY language) AS languages,
               list(id ORDER BY published NULLS LAST, id)[1:?] AS ids
        FROM articles GROUP BY %1$s ORDER BY min(published) NULLS LAST, %1$s
        LIMIT ?""".formatted(Article.outletSql("")), idsPerSource, limit);
  }

  ObjectNode page(int offset, int limit) throws SQLException {
    ObjectNode out = MAPPER.createObjectNode();
    out.put("total", JsonRows.count(conn, "SELECT count(*) FROM articles"));
    out.put("offset", offset);
    out.set("items", JsonRows.page(conn, """
        SELECT a.id, a.source, a.title, a.language, CAST(a.published AS VARCHAR) AS published, a.published_inferred,
               a.duplicate_of, a.url, (SELECT count(*) FROM removed_spans r WHERE r.article_id = a.id) AS removed_count
        FROM articles a ORDER BY a.published NULLS LAST, a.id LIMIT ? OFFSET ?""", offset, limit));
    return out;
  }

  void lookUp(Collection<String> ids, Set<String> withText, ObjectNode meta, Map<String, String> texts)
      throws SQLException {
    Set<String> unique = new LinkedHashSet<>(ids);
    unique.addAll(withText);
    List<String> all = new ArrayList<>(unique);
    for (int from = 0; from < all.size(); from += IN_CHUNK) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + IN_CHUNK));
      String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
      try (PreparedStatement ps = conn.prepareStatement("SELECT id, source, title, CAST(published AS VARCHAR),"
          + " published_inferred, text FROM articles WHERE id IN (" + marks + ")")) {
        for (int i = 0; i < chunk.size(); i++) {
          ps.setString(i + 1, chunk.get(i));
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            String id = rs.getString(1);
            JsonRows.putMeta(meta, id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5));
            if (withText.contains(id)) {
              texts.put(id, rs.getString(6));
            }
          }
        }
      }
    }
  }
}
