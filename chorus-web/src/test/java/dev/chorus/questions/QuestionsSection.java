package dev.chorus.questions;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.chorus.export.ExportSection;
import dev.chorus.export.SqlRows;
import dev.chorus.store.Workspace;
import java.io.IOException;

/** The {@code questions} array of the export: {@code {"text","evidence":[{"article","start","end"}]}}. */
public final class QuestionsSection implements ExportSection {
  @Override
  public String name() {
    return "questions";
  }

  @Override
  public void writeElements(Workspace ws, JsonGenerator g) throws IOException {
    SqlRows.forEach(ws, "questions", "SELECT article_id, start, \"end\", text FROM questions ORDER BY article_id, start",
        row -> {
          g.writeStartObject();
          g.writeStringField("text", row.getString(4));
          g.writeArrayFieldStart("evidence");
          SqlRows.writeSpan(g, row.getString(1), row.getInt(2), row.getInt(3));
          g.writeEndArray();
          g.writeEndObject();
        });
  }
}
