package dev.chorus.cli;

import dev.chorus.store.DuckDbWorkspace;
import dev.chorus.store.WorkspaceDamage;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code chorus verify}: reads every stored value of a workspace and says whether any of it is damaged. */
@Command(name = "verify", mixinStandardHelpOptions = true,
    description = {"Check a workspace: read every value it stores, as DuckDB checksums each block.",
        "Exit 0 when all is read; 1, naming each damaged table, when the file is damaged."})
final class VerifyCommand implements Callable<Integer> {
  @Mixin WorkspaceOption workspace;

  @Override
  public Integer call() throws Exception {
    try (DuckDbWorkspace ws = workspace.openReadOnly()) {
      List<String> damaged = WorkspaceDamage.check(ws);
      if (damaged.isEmpty()) {
        System.out.println("workspace " + ws.file() + ": every table read, no damage found");
        return ExitCodes.OK;
      }
      System.err.println("chorus: workspace " + ws.file() + " is damaged; analyse the inputs again into a new"
          + " workspace. Damaged tables:");
      damaged.forEach(line -> System.err.println("  " + line));
      return ExitCodes.FAILED;
    }
  }
}
