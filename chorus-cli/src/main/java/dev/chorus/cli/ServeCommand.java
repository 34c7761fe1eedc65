package dev.chorus.cli;

import dev.chorus.web.ChorusServer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code chorus serve}: the web UI over a workspace, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve the web UI over a workspace (read-only) until Ctrl-C.",
        "While it runs, the workspace cannot be written: stop it before running analyze on the same workspace."})
final class ServeCommand implements Callable<Integer> {
  @Mixin WorkspaceOption workspace;

  @Option(names = "--port", paramLabel = "PORT", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port = 7070;

  @Option(names = "--host", paramLabel = "HOST",
      description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only).")
  String host = ChorusServer.DEFAULT_HOST;

  @Override
  public Integer call() throws InterruptedException {
    serveUntilInterrupted(workspace.dir, host, port);
    return ExitCodes.OK;
  }

  static void serveUntilInterrupted(Path workspace, String host, int port) throws InterruptedException {
    ChorusServer server = ChorusServer.start(workspace, host, port);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "chorus-serve-stop"));
    System.out.println("Chorus UI: " + server.url() + "  (Ctrl-C to stop)");
    System.out.flush();
    stopped.await();
  }
}
