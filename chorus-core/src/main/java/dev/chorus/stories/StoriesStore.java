package dev.chorus.stories;

import dev.chorus.store.Transactions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/** The {@code stories} table: written over the previous run's rows in one transaction, read by later stages. */
public final class StoriesStore {
  private StoriesStore() {}

  static void replace(Connection connection, List<Story> stories) throws SQLException {
    DuckDBConnection conn = connection.unwrap(DuckDBConnection.class);
    Transactions.replace(conn, List.of("stories"), c -> {
      try (DuckDBAppender a = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "stories")) {
        for (Story s : stories) {
          for (String article : s.articles()) {
            a.beginRow().append(article).append(s.id()).append(s.label()).endRow();
          }
        }
        Transactions.flush(a);
      }
    });
  }

  /** Article id → story id; empty before the stories stage has run. */
  public static Map<String, String> storyOf(Connection conn) throws SQLException {
    Map<String, String> out = new HashMap<>();
    try (Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery("SELECT article_id, story_id FROM stories")) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getString(2));
      }
    }
    return out;
  }
}
