package dev.chorus.cli;

import dev.chorus.store.DuckDbWorkspace;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code chorus info}: what a workspace holds. */
@Command(name = "info", mixinStandardHelpOptions = true, description = "Summarise a workspace.")
final class InfoCommand implements Callable<Integer> {
  @Option(names = {"-w", "--workspace"}, required = true, paramLabel = "DIR", description = "Workspace directory.")
  Path workspace;

  @Override
  public Integer call() {
    try (DuckDbWorkspace ws = DuckDbWorkspace.openReadOnly(workspace)) {
      new Summary(System.out).printWorkspace(ws.file(), ws.summary(), ws.skippedInputs());
    }
    return ExitCodes.OK;
  }
}
