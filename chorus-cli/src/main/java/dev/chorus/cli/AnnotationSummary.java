package dev.chorus.cli;

import dev.chorus.store.Workspace;
import java.io.PrintStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The terminal lines on annotations: the main people and organisations, and who is quoted how often. */
final class AnnotationSummary {
  /** How many people and organisations to name. */
  private static final int TOP = 8;
  private final PrintStream out;

  AnnotationSummary(PrintStream out) {
    this.out = out;
  }

  void print(Workspace ws) {
    try (Statement st = ws.connection().createStatement()) {
      out.println();
      list(st, "Main people:", "SELECT name, mention_count FROM entities WHERE type = 'PERSON'"
          + " ORDER BY mention_count DESC, name LIMIT " + TOP);
      list(st, "Main organisations:", "SELECT name, mention_count FROM entities WHERE type = 'ORGANIZATION'"
          + " ORDER BY mention_count DESC, name LIMIT " + TOP);
      list(st, "Quoted:", "SELECT coalesce(e.name, q.speaker, '(speaker unknown)'), count(*) c FROM quotes q"
          + " LEFT JOIN entities e ON e.id = q.speaker_entity GROUP BY 1 ORDER BY c DESC, 1");
    } catch (SQLException e) {
      out.println("(no annotations in this workspace: " + e.getMessage() + ")");
    }
  }

  private void list(Statement st, String heading, String sql) throws SQLException {
    StringBuilder sb = new StringBuilder();
    try (ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        sb.append(sb.length() == 0 ? "" : ", ").append(Summary.visible(rs.getString(1))).append(" (")
            .append(rs.getLong(2)).append(')');
      }
    }
    out.printf("%-20s %s%n", heading, sb.length() == 0 ? "none" : sb);
  }
}
