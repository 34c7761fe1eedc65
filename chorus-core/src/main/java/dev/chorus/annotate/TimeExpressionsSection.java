package dev.chorus.annotate;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.chorus.export.ExportSection;
import dev.chorus.export.SqlRows;
import dev.chorus.store.Workspace;
import java.io.IOException;
import java.util.Locale;

/**
 * The {@code time_expressions} array: {@code {"article","start","end","text","value","precision",
 * "reference":"published|inferred","type","timex","direction"}}; {@code value} is ISO (a range is
 * {@code start/end}) or null when unresolved; {@code type} and {@code timex} are the TimeML TIMEX3 type (DATE,
 * TIME, DURATION, SET) and value ({@code 2013-03-22T20:00}, {@code P3D}, {@code XXXX-WXX-1}, {@code PRESENT_REF});
 * {@code direction} ({@code past|future|none}) the tense that placed a year-less or weekday-only expression. Rows
 * of older workspaces have {@code type} DATE, {@code timex} their value and {@code direction} none.
 */
public final class TimeExpressionsSection implements ExportSection {
  @Override
  public String name() {
    return "time_expressions";
  }

  @Override
  public void writeElements(Workspace ws, JsonGenerator g) throws IOException {
    SqlRows.forEach(ws, "time expressions", "SELECT article_id, start, \"end\", text, value, precision, reference,"
        + " coalesce(timex_type, 'DATE'), CASE WHEN timex_type IS NULL THEN value ELSE timex_value END,"
        + " coalesce(direction, 'NONE') FROM time_expressions ORDER BY article_id, start", rs -> {
          g.writeStartObject();
          g.writeStringField("article", rs.getString(1));
          g.writeNumberField("start", rs.getInt(2));
          g.writeNumberField("end", rs.getInt(3));
          g.writeStringField("text", rs.getString(4));
          g.writeStringField("value", rs.getString(5));
          g.writeStringField("precision", rs.getString(6).toLowerCase(Locale.ROOT));
          g.writeStringField("reference", rs.getString(7));
          g.writeStringField("type", rs.getString(8));
          g.writeStringField("timex", rs.getString(9));
          g.writeStringField("direction", rs.getString(10).toLowerCase(Locale.ROOT));
          g.writeEndObject();
        });
  }
}
