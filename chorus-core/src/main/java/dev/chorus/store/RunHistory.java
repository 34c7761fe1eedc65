package dev.chorus.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** What the workspace's {@code runs} table says about the findings: whether the last run finished them. */
public final class RunHistory {
  private RunHistory() {}

  /**
   * Why the corpus findings may be stale, or null: articles are stored batch by batch, and the stages across
   * articles (reuse, stories, claims…) run only at the end of a run, so a run that failed, died or is still going
   * left findings that do not cover what it stored. The next analyze recomputes them.
   */
  public static String stale(Statement st) throws SQLException {
    try (ResultSet rs = st.executeQuery("SELECT run_id, status FROM runs ORDER BY run_id DESC LIMIT 1")) {
      if (!rs.next()) {
        return null;
      }
      String status = rs.getString(2);
      return switch (status) {
        case "running" -> "run " + rs.getInt(1) + " has not finished (it is still going, or it died): findings"
            + " across articles may not cover every stored article; run chorus analyze again to recompute them";
        case "failed", "died" -> "run " + rs.getInt(1) + " " + status + " before it finished: findings across articles"
            + " may not cover every stored article; run chorus analyze again to recompute them";
        default -> null;
      };
    }
  }
}
