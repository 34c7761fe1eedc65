package dev.chorus.cli;

import dev.chorus.model.Article;
import dev.chorus.reuse.Direction;
import dev.chorus.store.Workspace;
import java.io.PrintStream;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The top talking points for the terminal: each with its sources, first appearance first (by the publication date
 * of the article that had it first; points that several articles had on the same day, or whose first appearance is
 * undetermined, follow, widest first).
 */
final class TalkingPointsSummary {
  private static final int WIDTH = 100;
  private final PrintStream out;

  TalkingPointsSummary(PrintStream out) {
    this.out = out;
  }

  void print(Workspace ws, int top) throws SQLException {
    String sql = """
        SELECT t.tp_id, t.summary, t.articles, t.first_article, CAST(f.published AS VARCHAR),
               string_agg(DISTINCT %1$s, ', ' ORDER BY %1$s)
        FROM talking_points t
        JOIN talking_point_members m ON m.tp_id = t.tp_id
        JOIN articles a ON a.id = m.article_id
        LEFT JOIN articles f ON f.id = t.first_article
        GROUP BY t.tp_id, t.summary, t.articles, t.first_article, f.published, t.rank
        ORDER BY f.published NULLS LAST, t.rank
        LIMIT ?""".formatted(Article.outletSql("a"));
    try (PreparedStatement ps = ws.connection().prepareStatement(sql)) {
      ps.setInt(1, top);
      try (ResultSet rs = ps.executeQuery()) {
        boolean any = false;
        while (rs.next()) {
          if (!any) {
            out.println();
            out.println("Talking points (first appearance first):");
            any = true;
          }
          String first = rs.getString(5) != null ? "first in " + rs.getString(4) + " (" + rs.getString(5) + ")"
              : Direction.SAME_DAY.equals(rs.getString(4)) ? "first appearance the same day in several articles"
              : "first appearance undetermined";
          out.printf("  %s  %s%n", rs.getString(1), clip(rs.getString(2), WIDTH - 8));
          out.printf("      %d articles: %s; %s%n", rs.getInt(3), Summary.visible(rs.getString(6)), first);
        }
        if (!any) {
          out.println();
          out.println("Talking points: none shared by two or more sources.");
        }
      }
    }
  }

  private static String clip(String s, int max) {
    String v = Summary.visible(s).replace('\n', ' ');
    return v.length() <= max ? "\"" + v + "\"" : "\"" + v.substring(0, Math.max(0, max - 1)) + "…\"";
  }
}
