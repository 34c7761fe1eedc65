package dev.chorus.run;

import dev.chorus.ingest.ArticleSink;
import dev.chorus.model.Article;
import dev.chorus.model.SkippedInput;
import dev.chorus.pipeline.Pipeline;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** Receives ingested articles on the reading thread and fans them out to the workers. */
final class RunSink implements ArticleSink {
  private final Pipeline pipeline;
  private final WorkspaceWriter writer;
  private final Map<String, String> stored;
  private final Map<String, String> seen = new HashMap<>();
  private final ExecutorService workers;
  private final Semaphore inFlight;
  private final AnalysisListener listener;
  int alreadyStored;

  RunSink(Pipeline pipeline, WorkspaceWriter writer, Map<String, String> stored, int threads, AnalysisListener listener) {
    this.pipeline = pipeline;
    this.writer = writer;
    this.stored = stored;
    this.listener = listener;
    this.workers = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "chorus-worker");
      t.setDaemon(true);
      return t;
    });
    // a few articles per worker keep them busy while the reader blocks on the rest
    this.inFlight = new Semaphore(threads * 4);
  }

  @Override
  public boolean alreadyDone(String id, String input) {
    if (input.equals(stored.get(id))) {
      alreadyStored++;
      return true;
    }
    return false;
  }

  @Override
  public void accept(Article article) {
    Article a = withUniqueId(article);
    inFlight.acquireUninterruptibly();
    workers.execute(() -> {
      try {
        writer.put(pipeline.process(a));
      } catch (OutOfMemoryError e) {
        // The article's own working set is unreachable once this frame unwinds, so the run can go on; the
        // message names the setting that gives it room.
        String text = a.originalText() == null ? "" : a.originalText();
        skipFailed(a, "out of memory while analysing it (" + text.length() + " characters): give the JVM"
            + " more heap, e.g. CHORUS_JAVA_OPTS=-Xmx4g");
      } catch (RuntimeException | Error e) {
        skipFailed(a, "analysis failed: " + e);
      } finally {
        inFlight.release();
      }
    });
  }

  private void skipFailed(Article a, String reason) {
    SkippedInput s = new SkippedInput(a.input(), reason);
    listener.skipped(s);
    writer.put(s);
  }

  /**
   * Two inputs with the same file stem (a/x.txt, b/x.txt) get distinct, stable ids: the id and a hash of the input.
   * Should that id be taken too (one input giving two records of the same id), the record's position among them is
   * added, so no id ever reaches the workspace twice.
   */
  private Article withUniqueId(Article a) {
    String owner = seen.getOrDefault(a.id(), stored.get(a.id()));
    String id = a.id();
    if (owner != null && !owner.equals(a.input())) {
      id = a.id() + "~" + UUID.nameUUIDFromBytes(a.input().getBytes(StandardCharsets.UTF_8)).toString().substring(0, 8);
    }
    for (int n = 2; seen.containsKey(id) || (!id.equals(a.id()) && stored.containsKey(id)); n++) {
      id = a.id() + "~" + n;
    }
    seen.put(id, a.input());
    if (id.equals(a.id())) {
      return a;
    }
    return new Article(id, a.input(), a.format(), a.source(), a.title(), a.url(), a.published(),
        a.publishedSource(), a.publishedInferred(), a.language(), a.html(), a.originalText(), a.text(),
        a.removed(), a.offsets(), a.sentences(), a.contentHash(), a.duplicateOf(), a.byline(), a.site(), a.modified(),
      a.annotations());
  }

  @Override
  public void skip(String input, String reason) {
    SkippedInput s = new SkippedInput(input, reason);
    listener.skipped(s);
    writer.put(s);
  }

  void finish() {
    workers.shutdown();
    try {
      if (!workers.awaitTermination(365, TimeUnit.DAYS)) {
        throw new IllegalStateException("workers did not finish");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
