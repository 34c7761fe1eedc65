package dev.chorus.annotate;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.chorus.export.ExportSection;
import dev.chorus.export.SqlRows;
import dev.chorus.store.Workspace;
import java.io.IOException;
import java.util.Locale;

/**
 * The {@code time_expressions} array: {@code {"article","start","end","text","value","precision",
 * "reference":"published|inferred"}}; {@code value} is ISO (a range is {@code start/end}) or null when unresolved.
 */
public final class TimeExpressionsSection implements ExportSection {
  @Override
  public String name() {
    return "time_expressions";
  }

  @Override
  public void writeElements(Workspace ws, JsonGenerator g) throws IOException {
    SqlRows.forEach(ws, "time expressions", "SELECT article_id, start, \"end\", text, value, precision, reference"
        + " FROM time_expressions ORDER BY article_id, start", rs -> {
          g.writeStartObject();
          g.writeStringField("article", rs.getString(1));
          g.writeNumberField("start", rs.getInt(2));
          g.writeNumberField("end", rs.getInt(3));
          g.writeStringField("text", rs.getString(4));
          g.writeStringField("value", rs.getString(5));
          g.writeStringField("precision", rs.getString(6).toLowerCase(Locale.ROOT));
          g.writeStringField("reference", rs.getString(7));
          g.writeEndObject();
        });
  }
}
