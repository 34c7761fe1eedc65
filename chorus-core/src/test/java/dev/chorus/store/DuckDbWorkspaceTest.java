package dev.chorus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chorus.model.Article;
import dev.chorus.model.OffsetMap;
import dev.chorus.model.Removal;
import dev.chorus.model.Sentence;
import dev.chorus.model.SkippedInput;
import dev.chorus.model.Span;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbWorkspaceTest {
  @TempDir Path dir;

  static Article article(String id, String text) {
    return Article.ingested(id, id + ".txt", "txt", "Outlet", "Title", null, "2022-01-08", "manifest", "en", null,
            "junk\n" + text)
        .withCleanText(text, List.of(new Removal(0, 4, "junk", "test")),
            new OffsetMap.Builder().keep(0, 5, text.length()).build(), "h-" + text.hashCode())
        .withSentences(List.of(new Sentence(0, 0, text.length(), 0)));
  }

  @Test
  void writesAndReadsBackAnArticleWhole() {
    try (DuckDbWorkspace ws = DuckDbWorkspace.open(dir)) {
      int run = ws.beginRun("test");
      ws.write(run, List.of(article("a", "Some story.")), List.of(new SkippedInput("bad.txt", "binary")));
      ws.finishRun(run, "completed_with_skips", 1, 1);
    }
    try (DuckDbWorkspace ws = DuckDbWorkspace.openReadOnly(dir)) {
      List<Article> read = new ArrayList<>();
      ws.forEachArticle(read::add);
      assertThat(read).singleElement().satisfies(a -> {
        assertThat(a.text()).isEqualTo("Some story.");
        assertThat(a.published()).isEqualTo("2022-01-08");
        assertThat(a.removed()).containsExactly(new Removal(Span.original("a", 0, 4), "junk", "test"));
        assertThat(a.sentences().get(0).span()).isEqualTo(new Span("a", 0, "Some story.".length()));
        assertThat(a.sentences()).hasSize(1);
        assertThat(a.offsets().toOriginal(0)).isEqualTo(5);
      });
      assertThat(ws.skippedInputs()).containsExactly(new SkippedInput("bad.txt", "binary"));
      assertThat(ws.summary().schemaVersion()).isEqualTo(Migrations.latest());
    }
  }

  @Test
  void aFailedBatchWritesNothing() {
    try (DuckDbWorkspace ws = DuckDbWorkspace.open(dir)) {
      int run = ws.beginRun("test");
      ws.write(run, List.of(article("a", "First.")), List.of());
      // the second batch repeats an id: the primary key fails it after other rows were appended
      assertThatThrownBy(() -> ws.write(run, List.of(article("b", "Second."), article("a", "Again.")), List.of()))
          .isInstanceOf(WorkspaceException.class);
      assertThat(ws.summary().articles()).isEqualTo(1);
      assertThat(ws.summary().sentences()).isEqualTo(1);
      assertThat(ws.summary().removedSpans()).isEqualTo(1);
    }
  }

  @Test
  void readingAMissingWorkspaceSaysSo() {
    assertThatThrownBy(() -> DuckDbWorkspace.openReadOnly(dir.resolve("nope")))
        .isInstanceOf(WorkspaceException.class).hasMessageContaining("no workspace");
  }

  @Test
  void secondWriterIsRefusedWithAClearMessage() throws Exception {
    // DuckDB locks per process; within one JVM the same file may be opened twice, so a child process tries.
    try (DuckDbWorkspace ws = DuckDbWorkspace.open(dir)) {
      Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
          System.getProperty("java.class.path"), OpenAndExit.class.getName(), dir.toString())
          .redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes());
      assertThat(p.waitFor()).isEqualTo(3);
      assertThat(out).contains("another Chorus process has it open");
    }
  }

  @Test
  void eachReasonDuckDbGivesForNotOpeningHasItsHint() {
    assertThat(DuckDbWorkspace.hint("IO Error: Could not set lock on file \"x\": Conflicting lock is held"))
        .contains("another Chorus process");
    assertThat(DuckDbWorkspace.hint("IO Error: Cannot open file \"x\": Permission denied")).contains("permissions");
    assertThat(DuckDbWorkspace.hint("IO Error: Cannot open file \"x\": Read-only file system"))
        .contains("permissions");
    // "block" holds "lock": a checksum failure is not a lock (it is reported as damage before any hint)
    assertThat(DuckDbWorkspace.hint("Corrupt database file: checksum mismatch in block at location 1")).isEmpty();
  }

  public static final class OpenAndExit {
    public static void main(String[] args) {
      try (DuckDbWorkspace ws = DuckDbWorkspace.open(Path.of(args[0]))) {
        System.exit(0);
      } catch (WorkspaceException e) {
        System.out.println(e.getMessage());
        System.exit(3);
      }
    }
  }
}
