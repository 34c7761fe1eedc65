package dev.chorus.export;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.chorus.store.Workspace;
import java.io.IOException;

/**
 * One top-level array of the JSON export ({@code entities}, {@code quotes}, {@code reuse}, …), written by the
 * stage that owns its tables. Implementations write the array's elements only, streaming from the workspace.
 * Registered in {@code META-INF/services/dev.chorus.export.ExportSection}.
 */
public interface ExportSection {
  /** The array's name in the export, one of {@link JsonExporter#FINDING_SECTIONS}. */
  String name();

  void writeElements(Workspace ws, JsonGenerator g) throws IOException;
}
