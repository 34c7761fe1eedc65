package dev.chorus.cli;

import dev.chorus.export.JsonExporter;
import dev.chorus.run.Analysis;
import dev.chorus.run.AnalysisResult;
import dev.chorus.store.DuckDbWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code chorus demo}: analyse the bundled corpus and show what Chorus found. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Analyse the bundled corpus (five web-scraped texts on the January 2022 unrest in Kazakhstan),"
        + " print a summary, write the JSON export into the workspace, then serve the web UI (--no-serve skips it).")
final class DemoCommand implements Callable<Integer> {
  static final String CORPUS = "examples/kazakhstan-2022";
  static final String EXPORT_NAME = "chorus-export.json";

  @Option(names = {"-w", "--workspace"}, paramLabel = "DIR", description = "Workspace directory (default: ${DEFAULT-VALUE}).")
  Path workspace = Path.of("chorus-demo");

  @Option(names = "--corpus", paramLabel = "DIR", description = "Corpus directory (default: the bundled one).")
  Path corpus;

  @Option(names = "--no-serve", description = "Do not serve the web UI after the analysis.")
  boolean noServe;

  @Option(names = "--port", paramLabel = "PORT", description = "Port of the web UI (default: ${DEFAULT-VALUE}).")
  int port = 7070;

  @Mixin RunOptions run;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Path input = corpus != null ? corpus : bundledCorpus();
    AnalysisResult result;
    try (ProgressReporter progress = new ProgressReporter(System.err, run.quiet)) {
      result = new Analysis(run.toOptions(List.of(input.toString()), workspace, spec.commandLine()), progress)
          .run("demo");
    }
    Path export = workspace.resolve(EXPORT_NAME);
    try (DuckDbWorkspace ws = DuckDbWorkspace.openReadOnly(workspace)) {
      new JsonExporter().export(ws, export);
      if (!run.quiet) {
        Summary summary = new Summary(System.out);
        summary.printRun(result, workspace);
        summary.printDates(ws.summary());
        new ClaimsSummary(System.out).print(ws);
        summary.printArticles(ws);
        new AnnotationSummary(System.out).print(ws);
        new TalkingPointsSummary(System.out).print(ws, 5);
        System.out.println();
        System.out.println("Export: " + export);
        System.out.println("Workspace (open with any DuckDB client): " + ws.file());
      }
    }
    if (!noServe) {
      ServeCommand.serveUntilInterrupted(workspace, dev.chorus.web.ChorusServer.DEFAULT_HOST, port);
    }
    return result.hasSkips() ? ExitCodes.COMPLETED_WITH_SKIPS : ExitCodes.OK;
  }

  /** The corpus beside the installation ({@code chorus.home}), else under the working directory. */
  static Path bundledCorpus() {
    String home = System.getProperty("chorus.home");
    if (home != null && Files.isDirectory(Path.of(home, CORPUS))) {
      return Path.of(home, CORPUS);
    }
    return Path.of(CORPUS);
  }
}
