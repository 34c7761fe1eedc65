package dev.chorus.cli;

import dev.chorus.store.DuckDbWorkspace;
import dev.chorus.web.ReportWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code chorus report}: the UI as one self-contained HTML file. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Write a self-contained HTML report (inline style, script and data; opens with no network).")
final class ReportCommand implements Callable<Integer> {
  @Mixin WorkspaceOption workspace;

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "The HTML file to write.")
  Path out;

  @Override
  public Integer call() throws Exception {
    try (DuckDbWorkspace ws = workspace.openReadOnly()) {
      new ReportWriter().write(ws, out);
    }
    System.err.println("wrote " + out);
    return ExitCodes.OK;
  }
}
