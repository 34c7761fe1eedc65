package dev.chorus.cli;

import dev.chorus.run.Analysis;
import dev.chorus.run.AnalysisOptions;
import dev.chorus.run.AnalysisResult;
import dev.chorus.store.DuckDbWorkspace;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code chorus analyze}: ingest, clean and analyse inputs into a workspace. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = {
        "Analyse articles into a workspace (a DuckDB file). Rerunning resumes: articles already in the workspace are"
            + " not processed again; new inputs are added and corpus-level stages rerun.",
        "Inputs: .txt, .html/.htm, .jsonl, .warc, each optionally .gz; directories are walked recursively;"
            + " globs such as 'data/**.jsonl' are expanded."})
final class AnalyzeCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories or globs.")
  List<String> inputs;

  @Mixin WorkspaceOption workspace;

  @Mixin RunOptions run;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    AnalysisOptions options = run.toOptions(inputs, workspace.dir, spec.commandLine());
    InputCheck.requireSomethingToRead(inputs, spec.commandLine());
    AnalysisResult result;
    try (ProgressReporter progress = new ProgressReporter(System.err, run.quiet)) {
      result = new Analysis(options, progress).run("analyze");
    }
    if (!run.quiet) {
      Summary summary = new Summary(System.out);
      summary.printRun(result, workspace.dir);
      try (DuckDbWorkspace ws = workspace.openReadOnly()) {
        summary.printDates(ws.summary());
      }
    }
    return result.hasSkips() ? ExitCodes.COMPLETED_WITH_SKIPS : ExitCodes.OK;
  }
}
