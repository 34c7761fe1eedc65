package dev.chorus.reuse;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.chorus.export.ExportSection;
import dev.chorus.store.Workspace;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The export's {@code reuse} array: {@code {"a","b","kind","score","earlier","passages":[{"a_start","a_end",
 * "b_start","b_end","similarity"}]}}, streamed from the workspace in link order.
 */
public final class ReuseExportSection implements ExportSection {
  @Override
  public String name() {
    return "reuse";
  }

  @Override
  public void writeElements(Workspace ws, JsonGenerator g) throws IOException {
    String sql = """
        SELECT l.link_id, l.a, l.b, l.kind, l.score, l.earlier, p.a_start, p.a_end, p.b_start, p.b_end, p.similarity
        FROM reuse_links l LEFT JOIN reuse_passages p ON p.link_id = l.link_id
        ORDER BY l.link_id, p.a_start, p.b_start""";
    try (Statement st = ws.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
      int current = -1;
      while (rs.next()) {
        int id = rs.getInt(1);
        if (id != current) {
          if (current >= 0) {
            g.writeEndArray();
            g.writeEndObject();
          }
          current = id;
          g.writeStartObject();
          g.writeStringField("a", rs.getString(2));
          g.writeStringField("b", rs.getString(3));
          g.writeStringField("kind", rs.getString(4));
          g.writeNumberField("score", round(rs.getDouble(5)));
          g.writeStringField("earlier", rs.getString(6));
          g.writeArrayFieldStart("passages");
        }
        rs.getInt(7);
        if (!rs.wasNull()) {
          g.writeStartObject();
          g.writeNumberField("a_start", rs.getInt(7));
          g.writeNumberField("a_end", rs.getInt(8));
          g.writeNumberField("b_start", rs.getInt(9));
          g.writeNumberField("b_end", rs.getInt(10));
          g.writeNumberField("similarity", round(rs.getDouble(11)));
          g.writeEndObject();
        }
      }
      if (current >= 0) {
        g.writeEndArray();
        g.writeEndObject();
      }
    } catch (SQLException e) {
      throw new IOException("cannot export reuse links: " + e.getMessage(), e);
    }
  }

  static double round(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }
}
