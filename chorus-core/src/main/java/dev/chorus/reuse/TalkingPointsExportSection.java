package dev.chorus.reuse;

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
import java.util.TreeSet;

/**
 * The export's {@code talking_points} array: {@code {"id","summary","articles","members":[{"article","start",
 * "end"}],"first"}}, in rank order (most articles first).
 */
public final class TalkingPointsExportSection implements ExportSection {
  @Override
  public String name() {
    return "talking_points";
  }

  @Override
  public void writeElements(Workspace ws, JsonGenerator g) throws IOException {
    try (Statement st = ws.connection().createStatement();
        ResultSet rs = st.executeQuery("SELECT tp_id, summary, first_article FROM talking_points ORDER BY rank");
        PreparedStatement members = ws.connection().prepareStatement(
            "SELECT article_id, start, \"end\" FROM talking_point_members WHERE tp_id = ? ORDER BY article_id, start")) {
      while (rs.next()) {
        String id = rs.getString(1);
        List<Object[]> spans = new ArrayList<>();
        TreeSet<String> articles = new TreeSet<>();
        members.setString(1, id);
        try (ResultSet m = members.executeQuery()) {
          while (m.next()) {
            spans.add(new Object[] {m.getString(1), m.getInt(2), m.getInt(3)});
            articles.add(m.getString(1));
          }
        }
        g.writeStartObject();
        g.writeStringField("id", id);
        g.writeStringField("summary", rs.getString(2));
        g.writeArrayFieldStart("articles");
        for (String a : articles) {
          g.writeString(a);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("members");
        for (Object[] s : spans) {
          SqlRows.writeSpan(g, (String) s[0], (Integer) s[1], (Integer) s[2]);
        }
        g.writeEndArray();
        g.writeStringField("first", rs.getString(3));
        g.writeEndObject();
      }
    } catch (SQLException e) {
      throw new IOException("cannot export talking points: " + e.getMessage(), e);
    }
  }
}
