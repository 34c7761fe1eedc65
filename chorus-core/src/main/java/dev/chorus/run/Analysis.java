package dev.chorus.run;

import dev.chorus.clean.ResidueCleaner;
import dev.chorus.dates.DateBoundStage;
import dev.chorus.dates.OwnDateStage;
import dev.chorus.extract.DensityMainTextExtractor;
import dev.chorus.extract.MainTextStage;
import dev.chorus.ingest.ArticleSink;
import dev.chorus.ingest.InputFile;
import dev.chorus.ingest.InputResolver;
import dev.chorus.ingest.Ingestor;
import dev.chorus.ingest.Manifest;
import dev.chorus.language.LanguageStage;
import dev.chorus.model.Article;
import dev.chorus.model.SkippedInput;
import dev.chorus.pipeline.Pipeline;
import dev.chorus.pipeline.Stage;
import dev.chorus.reuse.ExactDuplicateStage;
import dev.chorus.segment.IcuSentenceSplitter;
import dev.chorus.segment.SentenceStage;
import dev.chorus.store.DuckDbWorkspace;
import dev.chorus.store.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * One analysis run over a workspace. Thread layout: the calling thread reads inputs; {@code threads} workers run
 * the article stages; one writer thread owns the workspace connection and commits a batch at a time. A semaphore
 * caps the articles in flight, so a corpus of any size runs in bounded memory.
 */
public final class Analysis {
  private static final Object END = new Object();

  private final AnalysisOptions options;
  private final AnalysisListener listener;

  public Analysis(AnalysisOptions options, AnalysisListener listener) {
    this.options = options;
    this.listener = listener == null ? AnalysisListener.NONE : listener;
  }

  /**
   * The standard chain: core stages, then those of every {@link StageProvider} on the classpath (modules such as
   * the NLP backend register one in {@code META-INF/services}), ordered by what each requires.
   */
  public static Pipeline standardPipeline(AnalysisOptions options) {
    List<Stage> stages = new ArrayList<>(List.of(
        new MainTextStage(new DensityMainTextExtractor()),
        ResidueCleaner.withBundledPatterns(),
        new LanguageStage(options.languages()),
        new SentenceStage(new IcuSentenceSplitter()),
        new OwnDateStage(),
        new ExactDuplicateStage(),
        new DateBoundStage()));
    for (StageProvider provider : ServiceLoader.load(StageProvider.class)) {
      stages.addAll(provider.stages(options));
    }
    stages.removeIf(s -> options.skipStages().contains(s.name()));
    return Pipeline.builder().addAll(stages).build();
  }

  public AnalysisResult run(String command) throws IOException {
    long t0 = System.currentTimeMillis();
    Manifest manifest = options.manifest() == null ? Manifest.empty() : Manifest.read(options.manifest());
    Pipeline pipeline = standardPipeline(options);
    try (Workspace ws = DuckDbWorkspace.open(options.workspace())) {
      int runId = ws.beginRun(command);
      Map<String, String> stored = ws.storedInputs();
      List<SkippedInput> skipped = new ArrayList<>();
      List<InputFile> files = new InputResolver().resolve(options.inputs(), s -> {
        skipped.add(s);
        listener.skipped(s);
      });
      long totalBytes = 0;
      for (InputFile f : files) {
        totalBytes += sizeOf(f);
      }
      listener.inputsResolved(files.size(), totalBytes);

      Writer writer = new Writer(ws, runId, options.batchSize(), listener);
      writer.start();
      for (SkippedInput s : skipped) {
        writer.put(s);
      }
      RunSink sink = new RunSink(pipeline, writer, stored, options.threads(), listener);
      Ingestor ingestor = new Ingestor(options.limits(), manifest);
      try {
        for (InputFile f : files) {
          ingestor.ingest(f, sink);
          listener.fileDone(f, sizeOf(f));
        }
      } finally {
        sink.finish();
        writer.finish();
      }
      listener.corpusStage("corpus stages");
      try {
        pipeline.runCorpusStages(ws);
      } catch (Exception e) {
        ws.finishRun(runId, "failed", writer.articles, writer.skips.size());
        throw new IOException("corpus stage failed: " + e.getMessage(), e);
      }
      String status = writer.skips.isEmpty() ? "completed" : "completed_with_skips";
      ws.finishRun(runId, status, writer.articles, writer.skips.size());
      int duplicates = (int) ws.summary().duplicates();
      return new AnalysisResult(runId, writer.articles, sink.alreadyStored, List.copyOf(writer.skips), duplicates,
          pipeline.timingsMillis(), System.currentTimeMillis() - t0);
    }
  }

  private static long sizeOf(InputFile f) {
    try {
      return Files.size(f.path());
    } catch (IOException e) {
      return 0;
    }
  }

  /** Receives ingested articles on the reading thread and fans them out to the workers. */
  private static final class RunSink implements ArticleSink {
    private final Pipeline pipeline;
    private final Writer writer;
    private final Map<String, String> stored;
    private final Map<String, String> seen = new HashMap<>();
    private final ExecutorService workers;
    private final Semaphore inFlight;
    private final AnalysisListener listener;
    int alreadyStored;

    RunSink(Pipeline pipeline, Writer writer, Map<String, String> stored, int threads, AnalysisListener listener) {
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
        } catch (RuntimeException | StackOverflowError e) {
          SkippedInput s = new SkippedInput(a.input(), "analysis failed: " + e);
          listener.skipped(s);
          writer.put(s);
        } finally {
          inFlight.release();
        }
      });
    }

    /** Two inputs with the same file stem (a/x.txt, b/x.txt) get distinct, stable ids. */
    private Article withUniqueId(Article a) {
      String owner = seen.getOrDefault(a.id(), stored.get(a.id()));
      String id = a.id();
      if (owner != null && !owner.equals(a.input())) {
        id = a.id() + "~" + UUID.nameUUIDFromBytes(a.input().getBytes(StandardCharsets.UTF_8)).toString().substring(0, 8);
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

  /** The one thread that writes to the workspace, a transaction per batch. */
  private static final class Writer extends Thread {
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(1024);
    private final Workspace ws;
    private final int runId;
    private final int batchSize;
    private final AnalysisListener listener;
    final List<SkippedInput> skips = new ArrayList<>();
    volatile int articles;
    private volatile Throwable failure;

    Writer(Workspace ws, int runId, int batchSize, AnalysisListener listener) {
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
}
