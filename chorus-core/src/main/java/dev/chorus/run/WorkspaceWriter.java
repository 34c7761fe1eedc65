package dev.chorus.run;

import dev.chorus.model.Article;
import dev.chorus.model.SkippedInput;
import dev.chorus.store.Workspace;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/** The one thread that writes to the workspace, a transaction per batch. */
final class WorkspaceWriter extends Thread {
  private static final Object END = new Object();

  private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(1024);
  private final Workspace ws;
  private final int runId;
  private final int batchSize;
  private final AnalysisListener listener;
  final List<SkippedInput> skips = new ArrayList<>();
  volatile int articles;
  private volatile Throwable failure;

  WorkspaceWriter(Workspace ws, int runId, int batchSize, AnalysisListener listener) {
    super("chorus-writer");
    this.ws = ws;
    this.runId = runId;
    this.batchSize = batchSize;
    this.listener = listener;
    setDaemon(true);
  }

  void put(Object item) {
    if (failure != null) {
      throw new IllegalStateException("workspace writer failed: " + failure.getMessage(), failure);
    }
    try {
      while (!queue.offer(item, 200, TimeUnit.MILLISECONDS)) {
        if (failure != null) {
          throw new IllegalStateException("workspace writer failed: " + failure.getMessage(), failure);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted");
    }
  }

  @Override
  public void run() {
    List<Article> batch = new ArrayList<>();
    List<SkippedInput> skipBatch = new ArrayList<>();
    try {
      while (true) {
        Object item = queue.poll(500, TimeUnit.MILLISECONDS);
        boolean end = item == END;
        if (item instanceof Article a) {
          batch.add(a);
        } else if (item instanceof SkippedInput s) {
          skipBatch.add(s);
        }
        boolean idle = item == null;
        if (end || batch.size() >= batchSize || (idle && (!batch.isEmpty() || !skipBatch.isEmpty()))) {
          ws.write(runId, batch, skipBatch);
          articles += batch.size();
          skips.addAll(skipBatch);
          batch.forEach(listener::articleStored);
          batch.clear();
          skipBatch.clear();
        }
        if (end) {
          return;
        }
      }
    } catch (Throwable t) {
      failure = t;
      queue.clear();
    }
  }

  void finish() throws IOException {
    if (failure == null) {
      put(END);
    }
    try {
      join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (failure != null) {
      throw new IOException("writing the workspace failed: " + failure.getMessage(), failure);
    }
  }
}
