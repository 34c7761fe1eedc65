package dev.chorus.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.duckdb.DuckDBAppender;

/**
 * All-or-nothing writes to the workspace, for the analysis and for corpus stages that replace their results.
 * Two duckdb_jdbc behaviours make this easy to get wrong, so it lives in one place:
 * <ul>
 *   <li>with auto-commit off, the transaction opens only with the next statement; an Appender used before that
 *       commits on its own, outside the transaction;</li>
 *   <li>{@code DuckDBAppender.close()} swallows errors (a constraint violation) and the transaction is then
 *       silently discarded; an explicit {@link #flush} raises them.</li>
 * </ul>
 */
public final class Transactions {
  /** Work done inside a transaction. */
  @FunctionalInterface
  public interface SqlWork {
    void run(Connection conn) throws SQLException;
  }

  private Transactions() {}

  /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
  public static void run(Connection conn, SqlWork work) throws SQLException {
    boolean auto = conn.getAutoCommit();
    conn.setAutoCommit(false);
    try {
      try (Statement st = conn.createStatement()) {
        st.execute("SELECT 1"); // opens the transaction before any appender is created
      }
      work.run(conn);
      conn.commit();
    } catch (SQLException | RuntimeException e) {
      conn.rollback();
      throw e;
    } finally {
      conn.setAutoCommit(auto);
    }
  }

  /**
   * Replaces a stage's results: empties {@code tables} (in the order given, children first) and runs {@code write},
   * all in one transaction, so a crash leaves the previous results whole.
   */
  public static void replace(Connection conn, List<String> tables, SqlWork write) throws SQLException {
    run(conn, c -> {
      try (Statement st = c.createStatement()) {
        for (String t : tables) {
          st.execute("DELETE FROM " + t);
        }
      }
      write.run(c);
    });
  }

  /** Flushes appenders so their errors surface here rather than vanish in {@code close()}. */
  public static void flush(DuckDBAppender... appenders) throws SQLException {
    for (DuckDBAppender a : appenders) {
      a.flush();
    }
  }
}
