package dev.chorus.annotate;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.chorus.export.ExportSection;
import dev.chorus.export.SqlRows;
import dev.chorus.store.Workspace;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The {@code entities} array: {@code {"id","name","type","aliases":[…],"mentions":[{"article","start","end"}…]}},
 * most mentioned first.
 */
public final class EntitiesSection implements ExportSection {
  @Override
  public String name() {
    return "entities";
  }

  @Override
  public void writeElements(Workspace ws, JsonGenerator g) throws IOException {
    try (Statement st = ws.connection().createStatement();
        ResultSet rs = st.executeQuery("SELECT id, name, type FROM entities ORDER BY mention_count DESC, id");
        PreparedStatement aliases = ws.connection().prepareStatement(
            "SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY alias");
        PreparedStatement mentions = ws.connection().prepareStatement(
            "SELECT article_id, start, \"end\" FROM entity_mentions WHERE entity_id = ? ORDER BY article_id, start")) {
      while (rs.next()) {
        String id = rs.getString(1);
        g.writeStartObject();
        g.writeStringField("id", id);
        g.writeStringField("name", rs.getString(2));
        g.writeStringField("type", rs.getString(3));
        g.writeArrayFieldStart("aliases");
        aliases.setString(1, id);
        try (ResultSet a = aliases.executeQuery()) {
          while (a.next()) {
            g.writeString(a.getString(1));
          }
        }
        g.writeEndArray();
        g.writeArrayFieldStart("mentions");
        mentions.setString(1, id);
        try (ResultSet m = mentions.executeQuery()) {
          while (m.next()) {
            SqlRows.writeSpan(g, m.getString(1), m.getInt(2), m.getInt(3));
          }
        }
        g.writeEndArray();
        g.writeEndObject();
      }
    } catch (SQLException e) {
      throw new IOException("cannot export entities: " + e.getMessage(), e);
    }
  }
}
