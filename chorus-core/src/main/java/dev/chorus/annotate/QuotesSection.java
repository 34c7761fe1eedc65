package dev.chorus.annotate;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.chorus.export.ExportSection;
import dev.chorus.export.SqlRows;
import dev.chorus.store.Workspace;
import java.io.IOException;

/** The {@code quotes} array: {@code {"article","start","end","text","speaker","speaker_entity"}}. */
public final class QuotesSection implements ExportSection {
  @Override
  public String name() {
    return "quotes";
  }

  @Override
  public void writeElements(Workspace ws, JsonGenerator g) throws IOException {
    SqlRows.forEach(ws, "quotes", "SELECT article_id, start, \"end\", text, speaker, speaker_entity FROM quotes"
        + " ORDER BY article_id, start", rs -> {
          g.writeStartObject();
          g.writeStringField("article", rs.getString(1));
          g.writeNumberField("start", rs.getInt(2));
          g.writeNumberField("end", rs.getInt(3));
          g.writeStringField("text", rs.getString(4));
          g.writeStringField("speaker", rs.getString(5));
          g.writeStringField("speaker_entity", rs.getString(6));
          g.writeEndObject();
        });
  }
}
