package dev.chorus.cli;

import dev.chorus.store.WorkspaceDamage;
import dev.chorus.store.WorkspaceException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code chorus} entry point. */
@Command(
    name = "chorus",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Who says what across a pile of news articles: shared talking points, claims, quotes, entities"
        + " and framing, each linked to the sentences behind it.",
    subcommands = {
        DemoCommand.class, AnalyzeCommand.class, ExtractCommand.class, AnnotateCommand.class, SimilarityCommand.class,
        ServeCommand.class, ReportCommand.class, ExportCommand.class, InfoCommand.class, VerifyCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:done", "1:failed (workspace, output or internal error)", "2:usage error",
        "3:completed, but some inputs were skipped (each listed with its reason)"})
public final class ChorusCommand implements java.util.concurrent.Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** {@code chorus} alone names no command: the usage, on standard error, as for any usage error. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }

  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new ChorusCommand());
    cl.setExecutionExceptionHandler((ex, line, parsed) -> {
      PrintWriter err = line.getErr();
      if (!(ex instanceof WorkspaceException) && WorkspaceDamage.isDamage(ex)) {
        err.println("chorus: the workspace is damaged (" + ex.getMessage() + "): run chorus verify on it, and"
            + " analyse the inputs again into a new workspace");
      } else if (ex instanceof WorkspaceException || ex instanceof java.io.IOException) {
        err.println("chorus: " + ex.getMessage());
      } else {
        err.println("chorus: internal error: " + ex);
        ex.printStackTrace(err);
      }
      err.flush();
      return ExitCodes.FAILED;
    });
    return cl;
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
