package dev.chorus.cli;

import dev.chorus.store.DuckDbWorkspace;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code chorus info}: what a workspace holds. */
@Command(name = "info", mixinStandardHelpOptions = true, description = "Summarise a workspace.")
final class InfoCommand implements Callable<Integer> {
  @Mixin WorkspaceOption workspace;

  @Override
  public Integer call() {
    try (DuckDbWorkspace ws = workspace.openReadOnly()) {
      new Summary(System.out).printWorkspace(ws.file(), ws.summary(), ws.skippedInputs());
    }
    return ExitCodes.OK;
  }
}
