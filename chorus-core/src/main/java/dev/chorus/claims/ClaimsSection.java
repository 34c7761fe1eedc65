package dev.chorus.claims;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.chorus.export.ExportSection;
import dev.chorus.store.Workspace;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The {@code claims} array: {@code {"id","article","start","end","text","value","low","high","qualifier","counted",
 * "predicate","speaker","key"}}, plus {@code "concept"}, {@code "subject"}, {@code "time"} and {@code "kind"}.
 * {@code high} is null when unbounded ("more than 700"). Each field has one type: {@code value}, {@code low} and
 * {@code high} are numbers, null for a date claim ({@code "kind":"date"}); {@code date} is a date claim's ISO date or
 * range, {@code date_low} and {@code date_high} its first and last day (ISO), all three null for a number claim.
 */
public final class ClaimsSection implements ExportSection {
  @Override
  public String name() {
    return "claims";
  }

  @Override
  public void writeElements(Workspace ws, JsonGenerator g) throws IOException {
    try (Statement st = ws.connection().createStatement();
        ResultSet rs = st.executeQuery("SELECT claim_id, article_id, start, \"end\", text, value, low, high, qualifier,"
            + " counted, predicate, speaker, key, kind, date_value, concept, subject, time_ref FROM claims"
            + " ORDER BY article_id, start")) {
      while (rs.next()) {
        boolean date = "date".equals(rs.getString(14));
        g.writeStartObject();
        g.writeStringField("id", rs.getString(1));
        g.writeStringField("article", rs.getString(2));
        g.writeNumberField("start", rs.getInt(3));
        g.writeNumberField("end", rs.getInt(4));
        g.writeStringField("text", rs.getString(5));
        g.writeStringField("kind", rs.getString(14));
        number(g, "value", rs, 6);
        number(g, "low", rs, 7);
        number(g, "high", rs, 8);
        String d = date ? rs.getString(15) : null;
        int slash = d == null ? -1 : d.indexOf('/');
        g.writeStringField("date", d);
        g.writeStringField("date_low", d == null ? null : slash < 0 ? d : d.substring(0, slash));
        g.writeStringField("date_high", d == null ? null : slash < 0 ? d : d.substring(slash + 1));
        g.writeStringField("qualifier", rs.getString(9));
        g.writeStringField("counted", rs.getString(10));
        g.writeStringField("concept", rs.getString(16));
        g.writeStringField("predicate", rs.getString(11));
        g.writeStringField("subject", rs.getString(17));
        g.writeStringField("speaker", rs.getString(12));
        g.writeStringField("time", rs.getString(18));
        g.writeStringField("key", rs.getString(13));
        g.writeEndObject();
      }
    } catch (SQLException e) {
      throw new IOException("cannot export claims: " + e.getMessage(), e);
    }
  }

  private static void number(JsonGenerator g, String field, ResultSet rs, int column) throws SQLException, IOException {
    double v = rs.getDouble(column);
    if (rs.wasNull()) {
      g.writeNullField(field);
    } else if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      g.writeNumberField(field, (long) v);
    } else {
      g.writeNumberField(field, v);
    }
  }
}
