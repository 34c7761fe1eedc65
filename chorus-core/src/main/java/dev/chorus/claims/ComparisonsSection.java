package dev.chorus.claims;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.chorus.export.ExportSection;
import dev.chorus.export.SqlRows;
import dev.chorus.store.Workspace;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code comparisons} array: {@code {"key","verdict","claims":[ids],"reason"}} plus {@code "rule"} and
 * {@code "evidence"} (the claims' spans, in the same order), conflicts first, then agreements, compatible groups and
 * single-source claims.
 */
public final class ComparisonsSection implements ExportSection {
  @Override
  public String name() {
    return "comparisons";
  }

  @Override
  public void writeElements(Workspace ws, JsonGenerator g) throws IOException {
    try (Statement st = ws.connection().createStatement();
        ResultSet rs = st.executeQuery("SELECT comparison_id, key, verdict, rule, reason FROM comparisons"
            + " ORDER BY comparison_id");
        PreparedStatement members = ws.connection().prepareStatement(
            "SELECT m.claim_id, c.article_id, c.start, c.\"end\" FROM comparison_claims m JOIN claims c USING (claim_id)"
                + " WHERE m.comparison_id = ? ORDER BY m.position")) {
      while (rs.next()) {
        g.writeStartObject();
        g.writeStringField("key", rs.getString(2));
        g.writeStringField("verdict", rs.getString(3));
        g.writeStringField("rule", rs.getString(4));
        List<Object[]> spans = new ArrayList<>();
        g.writeArrayFieldStart("claims");
        members.setInt(1, rs.getInt(1));
        try (ResultSet m = members.executeQuery()) {
          while (m.next()) {
            g.writeString(m.getString(1));
            spans.add(new Object[] {m.getString(2), m.getInt(3), m.getInt(4)});
          }
        }
        g.writeEndArray();
        g.writeStringField("reason", rs.getString(5));
        g.writeArrayFieldStart("evidence");
        for (Object[] sp : spans) {
          SqlRows.writeSpan(g, (String) sp[0], (Integer) sp[1], (Integer) sp[2]);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
    } catch (SQLException e) {
      throw new IOException("cannot export comparisons: " + e.getMessage(), e);
    }
  }
}
