package dev.chorus.run;

import dev.chorus.ingest.Ingestor;
import dev.chorus.ingest.InputFile;
import dev.chorus.ingest.InputResolver;
import dev.chorus.ingest.Manifest;
import dev.chorus.model.SkippedInput;
import dev.chorus.pipeline.Pipeline;
import dev.chorus.pipeline.Stage;
import dev.chorus.pipeline.StageCatalog;
import dev.chorus.store.DuckDbWorkspace;
import dev.chorus.store.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One analysis run over a workspace. Thread layout: the calling thread reads inputs; {@code threads} workers run
 * the article stages; one writer thread owns the workspace connection and commits a batch at a time. A semaphore
 * caps the articles in flight, so a corpus of any size runs in bounded memory.
 */
public final class Analysis {
  private final AnalysisOptions options;
  private final AnalysisListener listener;

  private final Function<Path, Workspace> opener;

  public Analysis(AnalysisOptions options, AnalysisListener listener) {
    this(options, listener, DuckDbWorkspace::open);
  }

  /** With the workspace opened by {@code opener}: for tests that inject faults into the workspace's writes. */
  Analysis(AnalysisOptions options, AnalysisListener listener, Function<Path, Workspace> opener) {
    this.options = options;
    this.listener = listener == null ? AnalysisListener.NONE : listener;
    this.opener = opener;
  }

  /**
   * The standard chain: the stages of every {@link dev.chorus.pipeline.StageDescriptor} on the classpath (core's and
   * those of modules such as the NLP backend, each registered in {@code META-INF/services}), ordered by what each
   * requires.
   */
  public static Pipeline standardPipeline(AnalysisOptions options) {
    List<Stage> stages = new ArrayList<>(StageCatalog.installed().stages(options));
    stages.removeIf(s -> options.skipStages().contains(s.name()));
    return Pipeline.builder().addAll(stages).build();
  }

  public AnalysisResult run(String command) throws IOException {
    long t0 = System.currentTimeMillis();
    Manifest manifest = options.manifest() == null ? Manifest.empty() : Manifest.read(options.manifest());
    Pipeline pipeline = standardPipeline(options);
    try (Workspace ws = opener.apply(options.workspace())) {
      int runId = ws.beginRun(command);
      try {
        return run(ws, runId, manifest, pipeline, t0);
      } catch (IOException | RuntimeException | Error e) {
        throw RunFailures.markFailed(ws, runId, e);
      }
    }
  }

  private AnalysisResult run(Workspace ws, int runId, Manifest manifest, Pipeline pipeline, long t0)
      throws IOException {
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

    WorkspaceWriter writer = new WorkspaceWriter(ws, runId, options.batchSize(), listener);
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
    int stages = pipeline.corpusStages().size();
    try {
      pipeline.runCorpusStages(ws, (name, i) -> listener.corpusStageStarted(name, i, stages));
    } catch (IOException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException(e.getMessage(), e);
    }
    String status = writer.skips.isEmpty() ? "completed" : "completed_with_skips";
    ws.finishRun(runId, status, writer.articles, writer.skips.size());
    int duplicates = (int) ws.summary().duplicates();
    return new AnalysisResult(runId, writer.articles, sink.alreadyStored, List.copyOf(writer.skips), duplicates,
        pipeline.timingsMillis(), System.currentTimeMillis() - t0);
  }

  private static long sizeOf(InputFile f) {
    try {
      return Files.size(f.path());
    } catch (IOException e) {
      return 0;
    }
  }
}
