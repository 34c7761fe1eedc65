package dev.chorus.web;

import static dev.chorus.web.JsonRows.MAPPER;
import static dev.chorus.web.JsonRows.select;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Articles whole, as the reader shows them: texts, removals, sentences, offset map and the annotations inside.
 * One article with a query per part, or every article with the same queries over whole tables (for the report,
 * which carries them all: a query per article would take minutes on a large workspace).
 */
final class SqlArticleReader {
  private static final String ARTICLES = """
      SELECT a.id, a.source, a.title, a.url, CAST(a.published AS VARCHAR) AS published, a.published_inferred,
             a.language, a.text, o.text AS original_text, a.duplicate_of, a.byline, a.site_name AS site, a.published_source
      FROM articles a LEFT JOIN original_texts o ON o.article_id = a.id""";

  /**
   * One part of an article: the field it fills ({@code annotations.} inside the annotations), and its rows with
   * their article id, {@code %WHERE%} where the article is chosen.
   */
  private record Part(String field, String idColumn, String sql) {
    String forOne() {
      return sql.replace("%WHERE%", "WHERE " + idColumn + " = ?");
    }

    String forAll() {
      return sql.replace("%WHERE%", "");
    }
  }

  private static final List<Part> PARTS = List.of(
      new Part("removed", "article_id",
          "SELECT article_id, start, \"end\", text, reason FROM removed_spans %WHERE% ORDER BY start"),
      new Part("sentences", "article_id",
          "SELECT article_id, start, \"end\", paragraph FROM sentences %WHERE% ORDER BY idx"),
      new Part("offset_map", "article_id", "SELECT article_id, clean_start, original_start, length"
          + " FROM offset_segments %WHERE% ORDER BY clean_start"),
      new Part("annotations.entities", "m.article_id", """
          SELECT m.article_id, m.start, m."end", e.name, e.type FROM entity_mentions m
          JOIN entities e ON e.id = m.entity_id %WHERE% ORDER BY m.start"""),
      new Part("annotations.claims", "article_id", """
          SELECT article_id, start, "end", text, value, low, high, qualifier, counted, predicate, speaker
          FROM claims %WHERE% ORDER BY start"""),
      new Part("annotations.quotes", "article_id",
          "SELECT article_id, start, \"end\", speaker FROM quotes %WHERE% ORDER BY start"));

  private final Connection conn;

  SqlArticleReader(Connection conn) {
    this.conn = conn;
  }

  /** One article; null if unknown. */
  ObjectNode article(String id) throws SQLException {
    ArrayNode found = select(conn, ARTICLES + " WHERE a.id = ?", id);
    if (found.isEmpty()) {
      return null;
    }
    Map<String, ObjectNode> one = index(found);
    for (Part p : PARTS) {
      attach(one, p, select(conn, p.forOne(), id));
    }
    return one.get(id);
  }

  /** Every article, in time order (undated last). */
  Map<String, ObjectNode> all() throws SQLException {
    Map<String, ObjectNode> all = index(select(conn, ARTICLES + " ORDER BY a.published NULLS LAST, a.id"));
    for (Part p : PARTS) {
      attach(all, p, select(conn, p.forAll()));
    }
    return all;
  }

  /** The articles by id, each with its parts empty. */
  private static Map<String, ObjectNode> index(ArrayNode articles) {
    Map<String, ObjectNode> out = new LinkedHashMap<>();
    for (JsonNode row : articles) {
      ObjectNode a = (ObjectNode) row;
      ObjectNode ann = MAPPER.createObjectNode();
      for (Part p : PARTS) {
        (p.field().startsWith("annotations.") ? ann : a).putArray(p.field().replaceFirst("^annotations\\.", ""));
      }
      a.set("annotations", ann);
      out.put(a.get("id").asText(), a);
    }
    return out;
  }

  /** Adds each row to its article's part, in the order the rows come. */
  private static void attach(Map<String, ObjectNode> articles, Part p, ArrayNode rows) {
    boolean annotation = p.field().startsWith("annotations.");
    String field = p.field().replaceFirst("^annotations\\.", "");
    for (JsonNode row : rows) {
      ObjectNode a = articles.get(((ObjectNode) row).remove("article_id").asText());
      if (a == null) {
        continue;
      }
      ArrayNode into = (ArrayNode) (annotation ? a.get("annotations") : a).get(field);
      if ("offset_map".equals(field)) {
        into.addArray().add(row.get("clean_start").asInt()).add(row.get("original_start").asInt())
            .add(row.get("length").asInt());
      } else {
        into.add(row);
      }
    }
  }
}
