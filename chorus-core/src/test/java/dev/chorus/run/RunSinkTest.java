package dev.chorus.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.ingest.IngestLimits;
import dev.chorus.ingest.Ingestor;
import dev.chorus.ingest.InputFile;
import dev.chorus.ingest.Manifest;
import dev.chorus.model.Article;
import dev.chorus.model.SkippedInput;
import dev.chorus.pipeline.ArticleStage;
import dev.chorus.pipeline.Pipeline;
import dev.chorus.pipeline.StageSpec;
import dev.chorus.store.DuckDbWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No failure in a worker loses an article, and no id reaches the workspace twice. */
class RunSinkTest {
  @TempDir Path tmp;

  /** Fails as a stage would on an article too large for the heap, or on a bug deep in a library. */
  static final class FailingStage implements ArticleStage {
    private static final StageSpec SPEC = StageSpec.of("failing");

    @Override
    public Article process(Article a) {
      if (a.text().contains("HUGE")) {
        throw new OutOfMemoryError("Java heap space");
      }
      if (a.text().contains("BROKEN")) {
        throw new AssertionError("a library's internal check");
      }
      return a;
    }

    @Override
    public StageSpec spec() {
      return SPEC;
    }
  }

  record Outcome(List<String> ids, List<SkippedInput> skipped) {}

  Outcome run(Path... inputs) throws Exception {
    // the standard article stages make each article storable; the failing one comes after them
    Pipeline pipeline = Pipeline.builder()
        .addAll(Analysis.standardPipeline(AnalysisOptions.of(List.of(), tmp.resolve("ws"))).articleStages())
        .add(new FailingStage()).build();
    List<SkippedInput> heard = new ArrayList<>();
    AnalysisListener listener = new AnalysisListener() {
      @Override
      public void skipped(SkippedInput s) {
        heard.add(s);
      }
    };
    try (DuckDbWorkspace ws = DuckDbWorkspace.open(tmp.resolve("ws"))) {
      int run = ws.beginRun("test");
      WorkspaceWriter writer = new WorkspaceWriter(ws, run, 2, listener);
      writer.start();
      RunSink sink = new RunSink(pipeline, writer, Map.of(), 2, listener);
      Ingestor ingestor = new Ingestor(IngestLimits.defaults(), Manifest.empty());
      try {
        for (Path p : inputs) {
          ingestor.ingest(InputFile.of(p), sink);
        }
      } finally {
        sink.finish();
        writer.finish();
      }
      List<String> ids = new ArrayList<>();
      ws.forEachArticle(a -> ids.add(a.id()));
      return new Outcome(ids, heard);
    }
  }

  @Test
  void anOutOfMemoryErrorOrAnyErrorSkipsThatArticleWithItsReason() throws Exception {
    Path ok = Files.writeString(tmp.resolve("ok.txt"), "A small story.");
    Path huge = Files.writeString(tmp.resolve("huge.txt"), "A HUGE story.");
    Path broken = Files.writeString(tmp.resolve("broken.txt"), "A BROKEN story.");
    Outcome o = run(ok, huge, broken);
    assertThat(o.ids()).containsExactly("ok");
    assertThat(o.skipped()).extracting(SkippedInput::input).containsExactlyInAnyOrder(huge.toString(),
        broken.toString());
    assertThat(o.skipped()).filteredOn(s -> s.input().equals(huge.toString())).singleElement()
        .extracting(SkippedInput::reason).asString().contains("out of memory").contains("-Xmx");
  }

  @Test
  void recordsOfOneInputWithTheSameIdAreAllKept() throws Exception {
    Path jsonl = Files.writeString(tmp.resolve("feed.jsonl"), """
        {"id": "same", "text": "The first story with this id."}
        {"id": "same", "text": "The second story with this id."}
        {"id": "same", "text": "The third story with this id."}
        """);
    Outcome o = run(jsonl);
    assertThat(o.ids()).hasSize(3).doesNotHaveDuplicates().contains("same");
  }
}
