package dev.chorus.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chorus.model.Article;
import dev.chorus.model.SkippedInput;
import dev.chorus.store.DuckDbWorkspace;
import dev.chorus.store.Workspace;
import dev.chorus.store.WorkspaceSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills mid-run, injected as DuckDB reports it (a file system of a fixed size cannot be mounted in every
 * test environment): the run stops with a message that says so, is recorded as failed, its findings are flagged
 * stale, and a rerun once space is back resumes to the same workspace as a run that never failed.
 */
class FullDiskTest {
  static final int FILES = 60;
  @TempDir Path tmp;

  /** The real workspace, whose writes fail with ENOSPC from the {@code failAt}-th batch on. */
  static final class FillingDisk implements Workspace {
    private final DuckDbWorkspace real;
    private final int failAt;
    private int writes;

    FillingDisk(DuckDbWorkspace real, int failAt) {
      this.real = real;
      this.failAt = failAt;
    }

    @Override
    public void write(int runId, List<Article> articles, List<SkippedInput> skipped) {
      if (++writes >= failAt) {
        throw new IllegalStateException("cannot write the workspace", new SQLException(
            "IO Error: Could not write file \"" + real.file() + ".wal\": No space left on device"));
      }
      real.write(runId, articles, skipped);
    }

    @Override
    public void finishRun(int runId, String status, int articlesAdded, int inputsSkipped) {
      if (writes >= failAt) {
        throw new IllegalStateException("database has been invalidated because of a previous fatal error");
      }
      real.finishRun(runId, status, articlesAdded, inputsSkipped);
    }

    @Override public Path file() { return real.file(); }
    @Override public Map<String, String> storedInputs() { return real.storedInputs(); }
    @Override public int beginRun(String command) { return real.beginRun(command); }
    @Override public int markExactDuplicates() { return real.markExactDuplicates(); }
    @Override public void forEachArticle(Consumer<Article> consumer) { real.forEachArticle(consumer); }
    @Override public List<SkippedInput> skippedInputs() { return real.skippedInputs(); }
    @Override public WorkspaceSummary summary() { return real.summary(); }
    @Override public Connection connection() { return real.connection(); }
    @Override public void close() { real.close(); }
  }

  private Path corpus() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    for (int i = 0; i < FILES; i++) {
      Files.writeString(corpus.resolve(String.format("a%03d.txt", i)),
          "Story " + i + " about the harbour.\nOfficials said " + i + " boats were inspected on Monday.");
    }
    return corpus;
  }

  @Test
  void aFullDiskStopsTheRunWithItsCauseAndARerunResumes() throws Exception {
    Path corpus = corpus();
    Path ws = tmp.resolve("ws");
    AnalysisOptions options = AnalysisOptions.of(List.of(corpus.toString()), ws).withBatchSize(10)
        .withLanguages(List.of("en"));
    assertThatThrownBy(() -> new Analysis(options, null, dir -> new FillingDisk(DuckDbWorkspace.open(dir), 3))
        .run("analyze")).hasMessageContaining("is full").hasMessageContaining("No space left on device")
        .hasMessageContaining("run chorus analyze again")
        .satisfies(e -> assertThat(e.getSuppressed()).as("the bookkeeping failure is kept, not shown instead")
            .isNotEmpty());
    try (DuckDbWorkspace w = DuckDbWorkspace.openReadOnly(ws)) {
      assertThat(w.summary().articles()).isBetween(1L, (long) FILES - 1);
      assertThat(w.summary().stale()).contains("has not finished");
    }

    AnalysisResult rerun = new Analysis(options, null).run("analyze");
    assertThat(rerun.articlesAlreadyStored() + rerun.articlesAdded()).isEqualTo(FILES);
    try (DuckDbWorkspace w = DuckDbWorkspace.openReadOnly(ws)) {
      assertThat(w.summary().stale()).isNull();
      assertThat(w.summary().articles()).isEqualTo(FILES);
    }
    try (Stream<Path> left = Files.list(ws)) {
      assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void aRunThatDiedIsMarkedSoByTheNextOne() throws Exception {
    Path ws = tmp.resolve("ws2");
    try (DuckDbWorkspace w = DuckDbWorkspace.open(ws)) {
      w.beginRun("analyze (killed)");
    }
    try (DuckDbWorkspace w = DuckDbWorkspace.openReadOnly(ws)) {
      assertThat(w.summary().stale()).contains("run 1 has not finished");
    }
    new Analysis(AnalysisOptions.of(List.of(corpus().toString()), ws).withLanguages(List.of("en")), null)
        .run("analyze");
    try (DuckDbWorkspace w = DuckDbWorkspace.openReadOnly(ws);
        var rs = w.connection().createStatement().executeQuery("SELECT status FROM runs ORDER BY run_id")) {
      rs.next();
      assertThat(rs.getString(1)).isEqualTo("died");
      rs.next();
      assertThat(rs.getString(1)).isEqualTo("completed");
      assertThat(w.summary().stale()).isNull();
    }
  }
}
