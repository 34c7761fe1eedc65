package dev.chorus.store;

import dev.chorus.model.Article;
import dev.chorus.model.OffsetMap;
import dev.chorus.model.Removal;
import dev.chorus.model.Sentence;
import dev.chorus.model.SkippedInput;
import dev.chorus.model.Span;
import dev.chorus.pipeline.StageCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The workspace as one DuckDB file, {@value #FILE_NAME}, in the workspace directory. Rows are written with
 * DuckDB's Appender (hundreds of times faster than JDBC batches), inside one transaction per batch.
 */
public final class DuckDbWorkspace implements Workspace {
  public static final String FILE_NAME = "chorus.duckdb";
  /** Articles per page when reading back, so exports of any size stay in bounded memory. */
  static final int READ_PAGE = 500;

  private final Path file;
  private final DuckDBConnection conn;
  private final boolean readOnly;

  private DuckDbWorkspace(Path file, DuckDBConnection conn, boolean readOnly) {
    this.file = file;
    this.conn = conn;
    this.readOnly = readOnly;
  }

  /** Opens (creating when needed) the workspace in {@code dir} for writing, migrating its schema. */
  public static DuckDbWorkspace open(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new WorkspaceException("cannot create workspace directory " + dir + ": " + e.getMessage(), e);
    }
    DuckDbWorkspace ws = connect(dir.resolve(FILE_NAME), false);
    try {
      Migrations.apply(ws.conn);
    } catch (SQLException e) {
      ws.close();
      throw new WorkspaceException("cannot prepare workspace " + ws.file + ": " + e.getMessage(), e);
    }
    return ws;
  }

  /** Opens an existing workspace for reading; several readers may share it once no writer holds it. */
  public static DuckDbWorkspace openReadOnly(Path dir) {
    Path f = dir.resolve(FILE_NAME);
    if (!Files.isRegularFile(f)) {
      throw new WorkspaceException("no workspace at " + dir + " (expected " + f + "): run chorus analyze first",
          null);
    }
    DuckDbWorkspace ws = connect(f, true);
    try {
      List<String> behind = Migrations.pending(ws.conn, StageCatalog.installed());
      if (!behind.isEmpty()) {
        ws.close();
        throw new WorkspaceException("workspace " + f + " has older schemas (" + String.join(", ", behind)
            + "): run chorus analyze on it to migrate", null);
      }
    } catch (SQLException e) {
      ws.close();
      throw new WorkspaceException("not a Chorus workspace: " + f + ": " + e.getMessage(), e);
    }
    return ws;
  }

  private static DuckDbWorkspace connect(Path file, boolean readOnly) {
    Properties props = new Properties();
    if (readOnly) {
      props.setProperty("duckdb.read_only", "true");
    }
    try {
      Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), props);
      return new DuckDbWorkspace(file, c.unwrap(DuckDBConnection.class), readOnly);
    } catch (SQLException e) {
      String m = String.valueOf(e.getMessage());
      String hint = m.contains("lock") ? " (another Chorus process has it open; one writer at a time)" : "";
      throw new WorkspaceException("cannot open workspace " + file + hint + ": " + m, e);
    }
  }

  @Override
  public Path file() {
    return file;
  }

  @Override
  public Connection connection() {
    return conn;
  }

  @Override
  public Map<String, String> storedInputs() {
    Map<String, String> out = new HashMap<>();
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT id, input FROM articles")) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getString(2));
      }
    } catch (SQLException e) {
      throw fail("read article ids", e);
    }
    return out;
  }

  @Override
  public int beginRun(String command) {
    try (Statement st = conn.createStatement()) {
      ResultSet rs = st.executeQuery("SELECT coalesce(max(run_id), 0) + 1 FROM runs");
      rs.next();
      int id = rs.getInt(1);
      try (PreparedStatement ps = conn.prepareStatement(
          "INSERT INTO runs (run_id, command, started_at, status) VALUES (?, ?, now(), 'running')")) {
        ps.setInt(1, id);
        ps.setString(2, command);
        ps.executeUpdate();
      }
      return id;
    } catch (SQLException e) {
      throw fail("start a run", e);
    }
  }

  @Override
  public void finishRun(int runId, String status, int articlesAdded, int inputsSkipped) {
    try (PreparedStatement ps = conn.prepareStatement(
        "UPDATE runs SET finished_at = now(), status = ?, articles_added = ?, inputs_skipped = ? WHERE run_id = ?")) {
      ps.setString(1, status);
      ps.setInt(2, articlesAdded);
      ps.setInt(3, inputsSkipped);
      ps.setInt(4, runId);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw fail("finish run " + runId, e);
    }
  }

  @Override
  public void write(int runId, List<Article> articles, List<SkippedInput> skipped) {
    if (articles.isEmpty() && skipped.isEmpty()) {
      return;
    }
    try {
      Transactions.run(conn, c -> {
        if (!skipped.isEmpty()) {
          // A rerun retries skipped inputs: keep one row per input, the latest reason.
          try (PreparedStatement del = c.prepareStatement("DELETE FROM skipped_inputs WHERE input = ?")) {
            for (SkippedInput s : skipped) {
              del.setString(1, s.input());
              del.addBatch();
            }
            del.executeBatch();
          }
        }
        appendArticles(runId, articles);
        AnnotationTables.append(conn, articles);
        appendSkipped(runId, skipped);
      });
    } catch (SQLException e) {
      throw fail("write " + articles.size() + " articles", e);
    }
  }

  private void appendArticles(int runId, List<Article> articles) throws SQLException {
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
        LocalDate published = dev.chorus.ingest.IsoDates.day(a.published());
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
        LocalDate modified = dev.chorus.ingest.IsoDates.day(a.modified());
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

  private void appendSkipped(int runId, List<SkippedInput> skipped) throws SQLException {
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

  @Override
  public int markExactDuplicates() {
    String sql = """
        UPDATE articles SET duplicate_of = firsts.first_id
        FROM (SELECT content_hash, min(id) AS first_id FROM articles GROUP BY content_hash HAVING count(*) > 1) firsts
        WHERE articles.content_hash = firsts.content_hash AND articles.id <> firsts.first_id
          AND articles.duplicate_of IS DISTINCT FROM firsts.first_id""";
    try (Statement st = conn.createStatement()) {
      st.executeUpdate(sql);
      try (ResultSet rs = st.executeQuery("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL")) {
        rs.next();
        return rs.getInt(1);
      }
    } catch (SQLException e) {
      throw fail("mark duplicates", e);
    }
  }

  @Override
  public void forEachArticle(Consumer<Article> consumer) {
    String last = "";
    try {
      while (true) {
        List<Article> page = readPage(last);
        if (page.isEmpty()) {
          return;
        }
        page.forEach(consumer);
        last = page.get(page.size() - 1).id();
      }
    } catch (SQLException e) {
      throw fail("read articles", e);
    }
  }

  private List<Article> readPage(String after) throws SQLException {
    List<Article> rows = new ArrayList<>();
    try (PreparedStatement ps = conn.prepareStatement("""
        SELECT a.id, a.input, a.format, a.source, a.title, a.url, CAST(a.published AS VARCHAR), a.published_source,
               a.published_inferred, a.language, o.text, a.text, a.content_hash, a.duplicate_of,
               a.byline, a.site_name, CAST(a.modified AS VARCHAR)
        FROM articles a LEFT JOIN original_texts o ON o.article_id = a.id
        WHERE a.id > ? ORDER BY a.id LIMIT ?""")) {
      ps.setString(1, after);
      ps.setInt(2, READ_PAGE);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(new Article(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
              rs.getString(6), rs.getString(7), rs.getString(8), rs.getBoolean(9), rs.getString(10), null,
              rs.getString(11), rs.getString(12), List.of(), null, List.of(), rs.getString(13), rs.getString(14), rs.getString(15), rs.getString(16),
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

  @Override
  public List<SkippedInput> skippedInputs() {
    List<SkippedInput> out = new ArrayList<>();
    try (Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery("SELECT input, reason FROM skipped_inputs ORDER BY input")) {
      while (rs.next()) {
        out.add(new SkippedInput(rs.getString(1), rs.getString(2)));
      }
    } catch (SQLException e) {
      throw fail("read skipped inputs", e);
    }
    return out;
  }

  @Override
  public WorkspaceSummary summary() {
    try (Statement st = conn.createStatement()) {
      return new WorkspaceSummary(
          Migrations.current(conn),
          count(st, "SELECT count(*) FROM articles"),
          count(st, "SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL"),
          count(st, "SELECT count(*) FROM sentences"),
          count(st, "SELECT count(*) FROM removed_spans"),
          count(st, "SELECT count(*) FROM skipped_inputs"),
          histogram(st, "SELECT coalesce(language, 'unknown'), count(*) c FROM articles GROUP BY 1 ORDER BY c DESC, 1"),
          histogram(st, "SELECT format, count(*) c FROM articles GROUP BY 1 ORDER BY c DESC, 1"),
          histogram(st, "SELECT reason, count(*) c FROM removed_spans GROUP BY 1 ORDER BY c DESC, 1"),
          tableRows(st),
          count(st, "SELECT count(*) FROM articles WHERE published IS NULL"),
          // an inferred basis reads "inferred: <kind> (<detail>)": counted by kind
          histogram(st, "SELECT regexp_replace(coalesce(published_source, 'unnamed'), ' \\(.*$', '') s, count(*) c"
              + " FROM articles WHERE published IS NOT NULL GROUP BY 1 ORDER BY c DESC, 1"));
    } catch (SQLException e) {
      throw fail("summarise", e);
    }
  }

  private static Map<String, Long> tableRows(Statement st) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (ResultSet rs = st.executeQuery("SELECT table_name FROM information_schema.tables"
        + " WHERE table_schema = 'main' AND table_type = 'BASE TABLE' ORDER BY table_name")) {
      while (rs.next()) {
        tables.add(rs.getString(1));
      }
    }
    Map<String, Long> out = new LinkedHashMap<>();
    for (String t : tables) {
      out.put(t, count(st, "SELECT count(*) FROM \"" + t.replace("\"", "\"\"") + "\""));
    }
    return out;
  }

  private static long count(Statement st, String sql) throws SQLException {
    try (ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static Map<String, Long> histogram(Statement st, String sql) throws SQLException {
    Map<String, Long> out = new LinkedHashMap<>();
    try (ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getLong(2));
      }
    }
    return out;
  }

  /** Writes everything to the database file and closes it. */
  @Override
  public void close() {
    try {
      if (!readOnly && !conn.isClosed()) {
        try (Statement st = conn.createStatement()) {
          st.execute("CHECKPOINT");
        }
      }
      conn.close();
    } catch (SQLException e) {
      throw fail("close", e);
    }
  }

  private WorkspaceException fail(String what, SQLException e) {
    return new WorkspaceException("workspace " + file + ": cannot " + what + ": " + e.getMessage(), e);
  }
}
