package dev.chorus.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.duckdb.DuckDBConnection;

/**
 * Readers of whole articles, each on its own connection to the one open database ({@link
 * DuckDBConnection#duplicate()}), so that articles are read side by side rather than in turn behind the workspace
 * lock. DuckDB runs queries of several connections to one database concurrently; one reader per core is as many as
 * can be busy at once.
 */
final class ArticleReaders implements AutoCloseable {
  private final BlockingQueue<SqlArticleReader> idle;
  private final List<Connection> connections = new ArrayList<>();

  ArticleReaders(Connection shared, int count) throws SQLException {
    idle = new ArrayBlockingQueue<>(count);
    for (int i = 0; i < count; i++) {
      Connection c = shared.unwrap(DuckDBConnection.class).duplicate();
      connections.add(c);
      idle.add(new SqlArticleReader(c));
    }
  }

  /** One article as the reader shows it; null if unknown. */
  ObjectNode article(String id) throws SQLException, InterruptedException {
    SqlArticleReader r = idle.take();
    try {
      return r.article(id);
    } finally {
      idle.add(r);
    }
  }

  @Override
  public void close() {
    for (Connection c : connections) {
      try {
        c.close();
      } catch (SQLException e) {
        // closing a read-only connection loses nothing; the database closes after
      }
    }
  }
}
