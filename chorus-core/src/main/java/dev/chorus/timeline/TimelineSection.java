package dev.chorus.timeline;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.chorus.export.ExportSection;
import dev.chorus.export.SqlRows;
import dev.chorus.store.Workspace;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.TreeSet;

/**
 * The {@code timeline} array, in date order: {@code {"date","precision","summary","articles","evidence":[{"article",
 * "start","end"}]}} plus {@code "reported"}: the dates of the reports, kept apart from the event's date.
 */
public final class TimelineSection implements ExportSection {
  @Override
  public String name() {
    return "timeline";
  }

  @Override
  public void writeElements(Workspace ws, JsonGenerator g) throws IOException {
    try (Statement st = ws.connection().createStatement();
        ResultSet rs = st.executeQuery("SELECT event_id, date, precision, summary FROM timeline_events"
            + " ORDER BY event_id");
        PreparedStatement evidence = ws.connection().prepareStatement("SELECT article_id, start, \"end\","
            + " CAST(reported AS VARCHAR) FROM timeline_evidence WHERE event_id = ? ORDER BY article_id, start")) {
      while (rs.next()) {
        g.writeStartObject();
        g.writeStringField("date", rs.getString(2));
        g.writeStringField("precision", rs.getString(3));
        g.writeStringField("summary", rs.getString(4));
        TreeSet<String> articles = new TreeSet<>();
        TreeSet<String> reported = new TreeSet<>();
        evidence.setInt(1, rs.getInt(1));
        try (ResultSet e = evidence.executeQuery()) {
          g.writeArrayFieldStart("evidence");
          while (e.next()) {
            articles.add(e.getString(1));
            if (e.getString(4) != null) {
              reported.add(e.getString(4));
            }
            SqlRows.writeSpan(g, e.getString(1), e.getInt(2), e.getInt(3));
          }
          g.writeEndArray();
        }
        g.writeArrayFieldStart("articles");
        for (String a : articles) {
          g.writeString(a);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("reported");
        for (String r : reported) {
          g.writeString(r);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
    } catch (SQLException e) {
      throw new IOException("cannot export the timeline: " + e.getMessage(), e);
    }
  }
}
