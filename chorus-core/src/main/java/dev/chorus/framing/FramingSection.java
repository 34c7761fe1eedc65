package dev.chorus.framing;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.chorus.export.ExportSection;
import dev.chorus.export.SqlRows;
import dev.chorus.store.Workspace;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The {@code framing} array: {@code {"story","source","kind","term","group","count","others","z","summary",
 * "evidence":[span…]}}, labels first, then distinctive words, each source's strongest first.
 */
public final class FramingSection implements ExportSection {
  @Override
  public String name() {
    return "framing";
  }

  @Override
  public void writeElements(Workspace ws, JsonGenerator g) throws IOException {
    try (PreparedStatement evidence = ws.connection().prepareStatement(
        "SELECT article_id, start, \"end\" FROM framing_evidence WHERE term_id = ? ORDER BY article_id, start")) {
      SqlRows.forEach(ws, "framing", "SELECT term_id, story_id, source, kind, term, label_group, count, others, z"
          + " FROM framing_terms ORDER BY story_id, kind DESC, z DESC, source, term", rs -> {
            g.writeStartObject();
            g.writeStringField("story", rs.getString(2));
            g.writeStringField("source", rs.getString(3));
            g.writeStringField("kind", rs.getString(4));
            g.writeStringField("term", rs.getString(5));
            g.writeStringField("group", rs.getString(6));
            g.writeNumberField("count", rs.getInt(7));
            g.writeNumberField("others", rs.getInt(8));
            g.writeNumberField("z", rs.getDouble(9));
            g.writeStringField("summary", summary(rs));
            g.writeArrayFieldStart("evidence");
            evidence.setInt(1, rs.getInt(1));
            try (ResultSet e = evidence.executeQuery()) {
              while (e.next()) {
                SqlRows.writeSpan(g, e.getString(1), e.getInt(2), e.getInt(3));
              }
            }
            g.writeEndArray();
            g.writeEndObject();
          });
    } catch (SQLException e) {
      throw new IOException("cannot export framing: " + e.getMessage(), e);
    }
  }

  private static String summary(ResultSet rs) throws SQLException {
    String group = rs.getString(6);
    return String.format("%s says \"%s\"%s %d× (other sources %d×), z = %.2f", rs.getString(3), rs.getString(5),
        group == null ? "" : " (" + group + ")", rs.getInt(7), rs.getInt(8), rs.getDouble(9));
  }
}
