package dev.chorus.cli;

import dev.chorus.store.Workspace;
import java.io.PrintStream;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The terminal lines a fact-checker reads first: conflicts between sources, then agreements, then the timeline,
 * then the claims only one source makes. Each with its evidence.
 */
final class ClaimsSummary {
  private static final int WIDTH = 110;
  private final PrintStream out;

  ClaimsSummary(PrintStream out) {
    this.out = out;
  }

  void print(Workspace ws) {
    try {
      comparisons(ws, "conflict", "Conflicts between sources");
      comparisons(ws, "agree", "Agreements");
      comparisons(ws, "compatible", "Compatible figures");
      timeline(ws);
      singleSource(ws);
    } catch (SQLException e) {
      out.println("(no claims in this workspace: " + e.getMessage() + ")");
    }
  }

  private void comparisons(Workspace ws, String verdict, String heading) throws SQLException {
    try (PreparedStatement ps = ws.connection().prepareStatement(
            "SELECT comparison_id, key, reason FROM comparisons WHERE verdict = ? ORDER BY comparison_id");
        PreparedStatement evidence = ws.connection().prepareStatement(
            "SELECT c.article_id, c.start, c.\"end\", a.text FROM comparison_claims m JOIN claims c USING (claim_id)"
                + " JOIN articles a ON a.id = c.article_id WHERE m.comparison_id = ? ORDER BY m.position")) {
      ps.setString(1, verdict);
      StringBuilder sb = new StringBuilder();
      int n = 0;
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          n++;
          sb.append("  ").append(Summary.visible(String.valueOf(rs.getString(2)))).append(": ")
              .append(clip(rs.getString(3), WIDTH)).append('\n');
          evidence.setInt(1, rs.getInt(1));
          try (ResultSet e = evidence.executeQuery()) {
            while (e.next()) {
              sb.append("      ").append(e.getString(1)).append(" [").append(e.getInt(2)).append(", ")
                  .append(e.getInt(3)).append("): ").append(quote(e.getString(4), e.getInt(2), e.getInt(3)))
                  .append('\n');
            }
          }
        }
      }
      if (n > 0 || !"compatible".equals(verdict)) {
        out.printf("%n%s (%d):%n%s", heading, n, n == 0 ? "  none\n" : sb);
      }
    }
  }

  private void timeline(Workspace ws) throws SQLException {
    try (Statement st = ws.connection().createStatement();
        ResultSet rs = st.executeQuery("SELECT e.date, e.precision, e.summary, string_agg(DISTINCT v.article_id, ', '"
            + " ORDER BY v.article_id) FROM timeline_events e JOIN timeline_evidence v USING (event_id)"
            + " GROUP BY e.event_id, e.date, e.precision, e.summary ORDER BY e.event_id")) {
      StringBuilder sb = new StringBuilder();
      int n = 0;
      while (rs.next()) {
        n++;
        sb.append(String.format("  %-21s %s%n", rs.getString(1), clip(rs.getString(3), WIDTH - 24)));
        sb.append(String.format("  %-21s sources: %s%n", "", Summary.visible(rs.getString(4))));
      }
      out.printf("%nTimeline (%d events):%n%s", n, n == 0 ? "  none\n" : sb);
    }
  }

  private void singleSource(Workspace ws) throws SQLException {
    try (Statement st = ws.connection().createStatement();
        ResultSet rs = st.executeQuery("SELECT coalesce(key, '(not comparable)'), reason FROM comparisons"
            + " WHERE verdict = 'single-source'"
            + " ORDER BY comparison_id")) {
      StringBuilder sb = new StringBuilder();
      int n = 0;
      while (rs.next()) {
        n++;
        sb.append("  ").append(clip(rs.getString(1) + ": " + rs.getString(2), WIDTH)).append('\n');
      }
      out.printf("%nSingle-source claims (%d):%n%s", n, n == 0 ? "  none\n" : sb);
    }
  }

  private static String quote(String text, int start, int end) {
    if (text == null || start < 0 || end > text.length() || end < start) {
      return "?";
    }
    return "\"" + Summary.visible(text.substring(start, end)).replace('\n', ' ') + "\"";
  }

  private static String clip(String s, int max) {
    String v = Summary.visible(s == null ? "" : s).replace('\n', ' ');
    return v.length() <= max ? v : v.substring(0, Math.max(0, max - 1)) + "…";
  }
}
