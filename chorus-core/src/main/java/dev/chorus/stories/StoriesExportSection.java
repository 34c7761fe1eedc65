package dev.chorus.stories;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.chorus.export.ExportSection;
import dev.chorus.store.Workspace;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The export's {@code stories} array: {@code {"id","label","articles":[id…]}}, largest story first. */
public final class StoriesExportSection implements ExportSection {
  @Override
  public String name() {
    return "stories";
  }

  @Override
  public void writeElements(Workspace ws, JsonGenerator g) throws IOException {
    try (Statement st = ws.connection().createStatement();
        ResultSet rs = st.executeQuery("SELECT story_id, any_value(label), list(article_id ORDER BY article_id)::VARCHAR[]"
            + " FROM stories GROUP BY story_id"
            + " ORDER BY TRY_CAST(substr(story_id, 7) AS INTEGER), story_id")) {
      while (rs.next()) {
        g.writeStartObject();
        g.writeStringField("id", rs.getString(1));
        g.writeStringField("label", rs.getString(2));
        g.writeArrayFieldStart("articles");
        for (Object a : (Object[]) rs.getArray(3).getArray()) {
          g.writeString((String) a);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
    } catch (SQLException e) {
      throw new IOException("cannot export stories: " + e.getMessage(), e);
    }
  }
}
