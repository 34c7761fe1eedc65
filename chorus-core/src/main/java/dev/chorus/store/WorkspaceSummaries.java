package dev.chorus.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts what a workspace holds, for {@code chorus info} and the run summary. */
final class WorkspaceSummaries {
  private WorkspaceSummaries() {}

  static WorkspaceSummary of(Connection conn) throws SQLException {
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
              + " FROM articles WHERE published IS NOT NULL GROUP BY 1 ORDER BY c DESC, 1"),
          RunHistory.stale(st));
    }
  }

  private static Map<String, Long> tableRows(Statement st) throws SQLException {
    Map<String, Long> out = new LinkedHashMap<>();
    for (String t : tables(st)) {
      out.put(t, count(st, "SELECT count(*) FROM \"" + t.replace("\"", "\"\"") + "\""));
    }
    return out;
  }

  /** The workspace's tables, by name: every stage package's included. */
  static List<String> tables(Statement st) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (ResultSet rs = st.executeQuery("SELECT table_name FROM information_schema.tables"
        + " WHERE table_schema = 'main' AND table_type = 'BASE TABLE' ORDER BY table_name")) {
      while (rs.next()) {
        tables.add(rs.getString(1));
      }
    }
    return tables;
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
}
