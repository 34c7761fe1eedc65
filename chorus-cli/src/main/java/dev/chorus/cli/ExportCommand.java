package dev.chorus.cli;

import dev.chorus.export.ExportFormat;
import dev.chorus.export.JsonExporter;
import dev.chorus.export.TableExporter;
import dev.chorus.store.DuckDbWorkspace;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code chorus export}: the workspace as JSON, CSV or Parquet. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Export a workspace.",
        "json: one file in the export contract (see README). csv, parquet: a directory with one file per table."})
final class ExportCommand implements Callable<Integer> {
  @Mixin WorkspaceOption workspace;

  @Option(names = "--format", required = true, paramLabel = "FORMAT",
      description = "json, csv or parquet.", converter = FormatConverter.class)
  ExportFormat format;

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "PATH",
      description = "Output file (json) or directory (csv, parquet); replaced whole when it exists.")
  Path out;

  @Override
  public Integer call() throws Exception {
    try (DuckDbWorkspace ws = workspace.openReadOnly()) {
      if (format == ExportFormat.JSON) {
        new JsonExporter().export(ws, out);
      } else {
        new TableExporter().export(ws, format, out);
      }
    }
    System.err.println("wrote " + out);
    return ExitCodes.OK;
  }

  static final class FormatConverter implements picocli.CommandLine.ITypeConverter<ExportFormat> {
    @Override
    public ExportFormat convert(String value) {
      for (ExportFormat f : ExportFormat.values()) {
        if (f.name().equalsIgnoreCase(value.trim())) {
          return f;
        }
      }
      throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a format: use json, csv or parquet");
    }
  }
}
