package dev.chorus.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.model.Article;
import dev.chorus.store.DuckDbWorkspace;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills an analysis with SIGKILL mid-run and checks the workspace is whole and a rerun finishes the job. */
class CrashRecoveryTest {
  static final int FILES = 1500;
  @TempDir Path tmp;

  /** The process that gets killed: analyses in small batches and reports each stored article. */
  public static final class Child {
    public static void main(String[] args) throws Exception {
      AnalysisOptions o = AnalysisOptions.of(List.of(args[0]), Path.of(args[1])).withBatchSize(20)
          .withLanguages(List.of("en"));
      new Analysis(o, new AnalysisListener() {
        @Override
        public void articleStored(Article article) {
          System.out.println("stored " + article.id());
          System.out.flush();
        }
      }).run("crash-test");
    }
  }

  @Test
  void killedRunLeavesAConsistentWorkspaceAndRerunCompletesIt() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    for (int i = 0; i < FILES; i++) {
      Files.writeString(corpus.resolve(String.format("a%05d.txt", i)),
          "Story number " + i + " about the protests.\nOfficials said " + i + " people were detained.");
    }
    Path ws = tmp.resolve("ws");
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Child.class.getName(), corpus.toString(), ws.toString())
        .redirectErrorStream(true).start();
    int seen = 0;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("stored ") && ++seen >= 100) {
          break;
        }
      }
    }
    child.destroyForcibly(); // SIGKILL: no shutdown hooks, no checkpoint
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(seen).as("child stored articles before it was killed").isGreaterThanOrEqualTo(100);

    int before;
    try (DuckDbWorkspace w = DuckDbWorkspace.openReadOnly(ws)) {
      before = (int) w.summary().articles();
      assertConsistent(w);
    }
    assertThat(before).isBetween(100, FILES - 1);

    AnalysisResult rerun = new Analysis(AnalysisOptions.of(List.of(corpus.toString()), ws)
        .withLanguages(List.of("en")), null).run("resume");
    assertThat(rerun.articlesAlreadyStored()).isEqualTo(before);
    assertThat(rerun.articlesAdded()).isEqualTo(FILES - before);
    try (DuckDbWorkspace w = DuckDbWorkspace.openReadOnly(ws)) {
      assertThat(w.summary().articles()).isEqualTo(FILES);
      assertConsistent(w);
    }
  }

  private static void assertConsistent(DuckDbWorkspace w) throws Exception {
    try (Statement st = w.connection().createStatement();
        ResultSet rs = st.executeQuery("""
            SELECT (SELECT count(*) FROM articles) - (SELECT count(*) FROM original_texts),
                   (SELECT count(DISTINCT article_id) FROM sentences) - (SELECT count(*) FROM articles),
                   (SELECT count(*) FROM sentences WHERE article_id NOT IN (SELECT id FROM articles))""")) {
      rs.next();
      assertThat(rs.getInt(1)).isZero();
      assertThat(rs.getInt(2)).isZero();
      assertThat(rs.getInt(3)).isZero();
    }
  }
}
