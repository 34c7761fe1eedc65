package dev.chorus.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.export.JsonExporter;
import dev.chorus.run.Analysis;
import dev.chorus.run.AnalysisOptions;
import dev.chorus.store.DuckDbWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A pile analysed end to end and read back through the export contract, as the tests of whole findings need it. */
public final class AnalysedPile {
  /** The bundled corpus, seen from a module's directory. */
  public static final Path DEMO = Path.of("..", "examples", "kazakhstan-2022");

  private AnalysedPile() {}

  /** Copies every file of the bundled corpus into {@code dir}, created if needed, so a test can add its own. */
  public static Path copyDemo(Path dir) throws Exception {
    Files.createDirectories(dir);
    try (Stream<Path> files = Files.list(DEMO)) {
      for (Path f : files.toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    return dir;
  }

  /** Runs the analysis and returns its JSON export, written to {@code exportFile}. */
  public static JsonNode analyseAndExport(AnalysisOptions options, Path exportFile) throws Exception {
    new Analysis(options, null).run("test");
    try (DuckDbWorkspace w = DuckDbWorkspace.openReadOnly(options.workspace())) {
      new JsonExporter().export(w, exportFile);
    }
    return new ObjectMapper().readTree(exportFile.toFile());
  }
}
