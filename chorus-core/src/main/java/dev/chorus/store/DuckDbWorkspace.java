package dev.chorus.store;

import dev.chorus.model.Article;
import dev.chorus.model.SkippedInput;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
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
      if (WorkspaceDamage.isDamage(e)) {
        throw new WorkspaceException(WorkspaceDamage.explain(file, e), e);
      }
      throw new WorkspaceException("cannot open workspace " + file + hint(m) + ": " + m, e);
    }
  }

  /** What a user can do about DuckDB's reason for not opening a workspace file, in its words (duckdb_jdbc 2.0). */
  static String hint(String duckDbMessage) {
    String m = String.valueOf(duckDbMessage);
    if (m.contains("Could not set lock") || m.contains("Conflicting lock")) {
      return " (another Chorus process has it open; one writer at a time)";
    }
    if (m.contains("Permission denied") || m.contains("Read-only file system")) {
      return " (it cannot be written here: check the permissions of the workspace directory and file, or analyse"
          + " into another workspace)";
    }
    return "";
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
      // one process writes a workspace at a time (DuckDB's file lock), so a run still "running" now died unfinished
      st.executeUpdate("UPDATE runs SET status = 'died' WHERE status = 'running'");
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
        ArticleTables.appendArticles(conn, runId, articles);
        AnnotationTables.append(conn, articles);
        ArticleTables.appendSkipped(conn, runId, skipped);
      });
    } catch (SQLException e) {
      throw fail("write " + articles.size() + " articles", e);
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
        List<Article> page = ArticlePages.read(conn, last, READ_PAGE);
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
    try {
      return WorkspaceSummaries.of(conn);
    } catch (SQLException e) {
      throw fail("summarise", e);
    }
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
