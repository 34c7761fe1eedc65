package dev.chorus.export;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.chorus.store.Workspace;
import java.io.IOException;

/**
 * One top-level array of the JSON export ({@code entities}, {@code quotes}, {@code reuse}, …), written by the
 * stage that owns its tables. Implementations write the array's elements only, streaming from the workspace.
 * Listed by the {@link dev.chorus.pipeline.StageDescriptor} of the package that owns the tables.
 */
public interface ExportSection {
  /** The array's name in the export, unique among all sections. */
  String name();

  void writeElements(Workspace ws, JsonGenerator g) throws IOException;
}
