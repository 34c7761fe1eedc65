package dev.chorus.pipeline;

import dev.chorus.export.ExportSection;
import dev.chorus.run.AnalysisOptions;
import java.util.List;

/**
 * Everything one stage package adds to Chorus, in one place: its stages, the schema of the tables it owns, its
 * arrays of the JSON export, its CSV/Parquet tables and its sections in the web UI. Registered, as Tika registers
 * its parsers, in {@code META-INF/services/dev.chorus.pipeline.StageDescriptor}; {@link StageCatalog} builds every
 * central list (pipeline, migrations, export, tables, UI) from the descriptors on the classpath, so a package that
 * adds a finding touches nothing outside itself but that one services line. Each part is optional.
 */
public interface StageDescriptor {
  /**
   * The package's short name: the key of its schema version in the workspace, so it never changes once
   * released.
   */
  String name();

  /** The stages to run, in any order: the pipeline orders them by what each requires. */
  default List<Stage> stages(AnalysisOptions options) {
    return List.of();
  }

  /**
   * The package's schema scripts, oldest first, as resource names relative to the descriptor's class: script
   * {@code i} brings the package's tables to version {@code i + 1}. Append, never edit a released script.
   */
  default List<String> migrations() {
    return List.of();
  }

  /** The arrays it writes in the JSON export. */
  default List<ExportSection> exportSections() {
    return List.of();
  }

  /** Its tables in the CSV and Parquet exports: the same findings as its export sections, flattened. */
  default List<Table> tables() {
    return List.of();
  }

  /** Its sections in the web UI and the report. */
  default List<View> views() {
    return List.of();
  }

  /**
   * One file of the CSV/Parquet export.
   *
   * @param file the file name without extension
   * @param query the rows, in a stable order
   */
  record Table(String file, String query) {}

  /**
   * A section as the UI lists it.
   *
   * @param section the export array it shows (or a section of the UI's own, such as {@code residue})
   * @param title its heading
   * @param countingTable the table with one row per element, so the overview counts with SQL
   * @param pagedSql for flat sections with many rows: the export array's rows with {@code LIMIT ? OFFSET ?}, so the
   *     UI pages them straight from the table; null when the section is read whole
   */
  record View(String section, String title, String countingTable, String pagedSql) {
    public View(String section, String title, String countingTable) {
      this(section, title, countingTable, null);
    }
  }
}
