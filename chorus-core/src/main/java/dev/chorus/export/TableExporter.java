package dev.chorus.export;

import dev.chorus.pipeline.StageCatalog;
import dev.chorus.pipeline.StageDescriptor;
import dev.chorus.store.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Writes the workspace's tables as CSV or Parquet files in a directory, through DuckDB's {@code COPY}: one file for
 * each table a {@link StageDescriptor} lists.
 * The directory is built beside the target and renamed into place.
 */
public final class TableExporter {
  public void export(Workspace ws, ExportFormat format, Path targetDir) throws IOException {
    if (format == ExportFormat.JSON) {
      throw new IllegalArgumentException("JSON is written by JsonExporter");
    }
    Path temp = AtomicFiles.tempSibling(targetDir);
    AtomicFiles.deleteTree(temp);
    Files.createDirectories(temp);
    String ext = format == ExportFormat.CSV ? "csv" : "parquet";
    String options = format == ExportFormat.CSV ? "(FORMAT CSV, HEADER)" : "(FORMAT PARQUET, COMPRESSION ZSTD)";
    try (Statement st = ws.connection().createStatement()) {
      for (StageDescriptor.Table t : StageCatalog.installed().tables()) {
        Path file = temp.resolve(t.file() + "." + ext).toAbsolutePath();
        st.execute("COPY (" + t.query() + ") TO '" + file.toString().replace("'", "''") + "' " + options);
      }
    } catch (SQLException e) {
      AtomicFiles.deleteTree(temp);
      throw new IOException("export failed: " + e.getMessage(), e);
    }
    AtomicFiles.moveIntoPlace(temp, targetDir);
  }
}
