package dev.chorus.annotate;

import dev.chorus.model.EntityType;
import dev.chorus.pipeline.Capability;
import dev.chorus.model.Mention;
import dev.chorus.model.NumberMention;
import dev.chorus.model.Quote;
import dev.chorus.model.Span;
import dev.chorus.model.TimeExpression.Precision;
import dev.chorus.model.TimeExpression.Reference;
import dev.chorus.model.TimeExpression;
import dev.chorus.store.Workspace;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads back what the annotate stage stored, as {@link ArticleFacts}, for the corpus stages that build on it
 * (claims, timeline). Exact duplicates are left out: a copy would count its original's facts twice.
 */
public final class ArticleFactsReader {
  /**
   * What the facts read here rest on: the annotations, their dates resolved against each article's reference date,
   * the sentences, and exact duplicates flagged (they are left out).
   */
  private static final Set<Capability> NEEDS = Set.of(Capability.ANNOTATIONS, Capability.REFERENCE_DATES,
      Capability.SENTENCES, Capability.DUPLICATES);

  private ArticleFactsReader() {}

  /** The requirements of a stage that reads the facts, with what else it needs. */
  public static Set<Capability> requirements(Capability... more) {
    Set<Capability> out = new HashSet<>(NEEDS);
    out.addAll(List.of(more));
    return Set.copyOf(out);
  }

  /** Every article of the workspace that is not an exact duplicate, in the workspace's article order. */
  public static List<ArticleFacts> read(Workspace workspace) throws SQLException {
    Connection conn = workspace.connection();
    Map<String, List<NumberMention>> numbers = read(conn, "SELECT article_id, start, \"end\", text, value, qualifier,"
        + " counted, unit FROM numbers ORDER BY article_id, start", rs -> new NumberMention(span(rs), rs.getString(4),
            rs.getDouble(5), rs.getString(6), rs.getString(7), rs.getString(8)));
    Map<String, List<Quote>> quotes = read(conn, "SELECT article_id, start, \"end\", text, speaker FROM quotes"
        + " ORDER BY article_id, start", rs -> new Quote(span(rs), rs.getString(4), rs.getString(5), null, null));
    Map<String, List<Mention>> mentions = read(conn, "SELECT article_id, start, \"end\", text, type FROM mentions"
        + " ORDER BY article_id, start", rs -> new Mention(span(rs), rs.getString(4), entityType(rs.getString(5))));
    Map<String, List<TimeExpression>> times = read(conn, "SELECT article_id, start, \"end\", text, value, precision,"
        + " CAST(range_start AS VARCHAR), CAST(range_end AS VARCHAR), reference, raw_value FROM time_expressions"
        + " ORDER BY article_id, start", rs -> new TimeExpression(span(rs), rs.getString(4), rs.getString(5),
            Precision.valueOf(rs.getString(6)), rs.getString(7), rs.getString(8),
            Reference.valueOf(rs.getString(9).toUpperCase(Locale.ROOT)), rs.getString(10)));
    List<ArticleFacts> facts = new ArrayList<>();
    workspace.forEachArticle(a -> {
      if (a.duplicateOf() == null && a.text() != null) {
        facts.add(new ArticleFacts(a.id(), a.text(), a.outlet(), a.published(), a.sentences(),
            numbers.getOrDefault(a.id(), List.of()), quotes.getOrDefault(a.id(), List.of()),
            mentions.getOrDefault(a.id(), List.of()), times.getOrDefault(a.id(), List.of())));
      }
    });
    return facts;
  }

  private static EntityType entityType(String s) {
    try {
      return EntityType.valueOf(s);
    } catch (IllegalArgumentException e) {
      return EntityType.values()[0];
    }
  }

  private static Span span(ResultSet rs) throws SQLException {
    return new Span(rs.getString(1), rs.getInt(2), rs.getInt(3));
  }

  private interface Row<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private static <T> Map<String, List<T>> read(Connection conn, String sql, Row<T> row) throws SQLException {
    Map<String, List<T>> out = new HashMap<>();
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(row.read(rs));
      }
    }
    return out;
  }
}
