package dev.chorus.cli;

import dev.chorus.store.DuckDbWorkspace;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code -w} option of every command that reads or writes a workspace, as a picocli mixin. */
final class WorkspaceOption {
  @Option(names = {"-w", "--workspace"}, required = true, paramLabel = "DIR", description = "Workspace directory.")
  Path dir;

  /** The workspace opened for reading; a missing one or one with older schemas fails with what to run. */
  DuckDbWorkspace openReadOnly() {
    return DuckDbWorkspace.openReadOnly(dir);
  }
}
