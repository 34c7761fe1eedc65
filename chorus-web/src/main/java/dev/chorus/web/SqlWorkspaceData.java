package dev.chorus.web;

import static dev.chorus.web.JsonRows.MAPPER;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chorus.export.ExportSection;
import dev.chorus.pipeline.StageCatalog;
import dev.chorus.store.Workspace;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A workspace's tables as {@link WorkspaceData}. Flat sections are counted and paged with SQL (see
 * {@link SectionCatalog}); every other section is read once through the stage's own {@link ExportSection} (which
 * knows its shape) and kept, since findings are far smaller than article texts. Callers hold the workspace lock:
 * one JDBC connection serves all requests in turn.
 */
final class SqlWorkspaceData implements WorkspaceData {
  static final String SINGLE_SOURCE_GROUPS = """
      WITH g AS (SELECT coalesce(nullif(key, ''), 'claim ' || claim_id) AS k, count(DISTINCT article_id) AS n
                 FROM claims GROUP BY k),
           c AS (SELECT coalesce(key, 'null') AS k, bool_or(verdict IN ('conflict', 'agree', 'compatible')) AS compared
                 FROM comparisons GROUP BY k)
      SELECT count(*) FROM g FULL OUTER JOIN c USING (k)
      WHERE coalesce(n, 0) <= 1 AND NOT coalesce(compared, false)""";

  private final Workspace workspace;
  private final SqlArticles articles;
  private final SqlArticleReader reader;
  private final Map<String, ArrayNode> sections = new HashMap<>();

  SqlWorkspaceData(Workspace workspace) {
    this.workspace = workspace;
    this.articles = new SqlArticles(workspace.connection());
    this.reader = new SqlArticleReader(workspace.connection());
  }

  /** A query that may fail in the database. */
  private interface Sql<T> {
    T run() throws SQLException;
  }

  private static <T> T sql(Sql<T> query) {
    try {
      return query.run();
    } catch (SQLException e) {
      throw new IllegalStateException("workspace query failed: " + e.getMessage(), e);
    }
  }

  private long count(String sql) {
    return sql(() -> JsonRows.count(workspace.connection(), sql));
  }

  @Override
  public ObjectNode articleSummary() {
    return sql(articles::summary);
  }

  @Override
  public ArrayNode sources(int limit, int idsPerSource) {
    return sql(() -> articles.sources(limit, idsPerSource));
  }

  @Override
  public long total(String name) {
    String table = SectionCatalog.countingTable(name);
    return table == null ? section(name).size() : count("SELECT count(*) FROM " + table);
  }

  @Override
  public long comparisonsWithVerdict(String verdict) {
    return sql(() -> {
      try (PreparedStatement ps = workspace.connection().prepareStatement(
          "SELECT count(*) FROM comparisons WHERE verdict = ?")) {
        ps.setString(1, verdict);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          return rs.getLong(1);
        }
      }
    });
  }

  @Override
  public long singleSourceGroups() {
    return count(SINGLE_SOURCE_GROUPS);
  }

  @Override
  public ArrayNode rows(String name, int offset, int limit) {
    String paged = SectionCatalog.pagedSql(name);
    if (paged == null) {
      ArrayNode all = section(name);
      ArrayNode out = MAPPER.createArrayNode();
      for (int i = offset; i < all.size() && i < (long) offset + limit; i++) {
        out.add(all.get(i).deepCopy());
      }
      return out;
    }
    ArrayNode rows = sql(() -> JsonRows.page(workspace.connection(), paged, offset, limit));
    if (!"residue".equals(name)) {
      return rows;
    }
    ArrayNode out = MAPPER.createArrayNode();
    rows.forEach(r -> {
      ObjectNode removal = ((ObjectNode) r).deepCopy();
      removal.remove("article");
      out.addObject().put("article", r.get("article").asText()).set("removal", removal);
    });
    return out;
  }

  @Override
  public ObjectNode articles(int offset, int limit) {
    return sql(() -> articles.page(offset, limit));
  }

  @Override
  public ObjectNode article(String id) {
    return sql(() -> reader.article(id));
  }

  @Override
  public Map<String, ObjectNode> allArticles() {
    return sql(reader::all);
  }

  @Override
  public void lookUp(Collection<String> ids, Set<String> withText, ObjectNode meta, Map<String, String> texts) {
    sql(() -> {
      articles.lookUp(ids, withText, meta, texts);
      return null;
    });
  }

  @Override
  public ArrayNode skippedInputs() {
    ArrayNode out = MAPPER.createArrayNode();
    workspace.skippedInputs().forEach(s -> out.addObject().put("input", s.input()).put("reason", s.reason()));
    return out;
  }

  @Override
  public ArrayNode section(String name) {
    ArrayNode cached = sections.get(name);
    if (cached != null) {
      return cached;
    }
    ArrayNode loaded = MAPPER.createArrayNode();
    for (ExportSection s : StageCatalog.installed().exportSections()) {
      if (s.name().equals(name)) {
        loaded = read(s);
      }
    }
    sections.put(name, loaded);
    return loaded;
  }

  private ArrayNode read(ExportSection s) {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try {
      try (JsonGenerator g = MAPPER.getFactory().createGenerator(buf, JsonEncoding.UTF8)) {
        g.writeStartArray();
        s.writeElements(workspace, g);
        g.writeEndArray();
      }
      return (ArrayNode) MAPPER.readTree(buf.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
