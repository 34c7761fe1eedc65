package dev.chorus.claims;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.chorus.export.ExportSection;
import dev.chorus.store.Workspace;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The {@code comparisons} array: {@code {"key","verdict","claims":[ids],"reason"}} plus {@code "rule"}, conflicts
 * first, then agreements, compatible groups and single-source claims.
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
            "SELECT claim_id FROM comparison_claims WHERE comparison_id = ? ORDER BY position")) {
      while (rs.next()) {
        g.writeStartObject();
        g.writeStringField("key", rs.getString(2));
        g.writeStringField("verdict", rs.getString(3));
        g.writeStringField("rule", rs.getString(4));
        g.writeArrayFieldStart("claims");
        members.setInt(1, rs.getInt(1));
        try (ResultSet m = members.executeQuery()) {
          while (m.next()) {
            g.writeString(m.getString(1));
          }
        }
        g.writeEndArray();
        g.writeStringField("reason", rs.getString(5));
        g.writeEndObject();
      }
    } catch (SQLException e) {
      throw new IOException("cannot export comparisons: " + e.getMessage(), e);
    }
  }
}
