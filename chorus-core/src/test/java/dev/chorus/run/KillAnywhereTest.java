package dev.chorus.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.export.JsonExporter;
import dev.chorus.model.Article;
import dev.chorus.store.DuckDbWorkspace;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SIGKILL at several moments of an analysis (while articles are stored, and as each of several corpus stages of core
 * starts), then a rerun: the export is byte for byte that of a run that was never interrupted.
 */
class KillAnywhereTest {
  @TempDir static Path tmp;
  static Path corpus;
  static byte[] uninterrupted;

  /** The process that gets killed: says each stored article and each corpus stage as it starts. */
  public static final class Child {
    public static void main(String[] args) throws Exception {
      new Analysis(options(Path.of(args[0]), Path.of(args[1])), new AnalysisListener() {
        @Override
        public void articleStored(Article article) {
          System.out.println("stored " + article.id());
          System.out.flush();
        }

        @Override
        public void corpusStage(String name) {
          System.out.println("stage " + name);
          System.out.flush();
        }
      }).run("kill-test");
    }
  }

  static AnalysisOptions options(Path corpus, Path ws) {
    return AnalysisOptions.of(List.of(corpus.toString()), ws).withBatchSize(15).withLanguages(List.of("en"));
  }

  /** 240 short wire stories made of the sentences of 21 real ones, so stories, reuse and framing have work. */
  @BeforeAll
  static void corpusAndReference() throws Exception {
    corpus = Files.createDirectories(tmp.resolve("corpus"));
    ObjectMapper mapper = new ObjectMapper();
    List<String[]> sentences = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(KillAnywhereTest.class.getResource(
        "/dev/chorus/stories/reuters-events.jsonl").toURI()))) {
      sentences.add(mapper.readTree(line).get("text").asText().replace('\n', ' ').split("(?<=\\.) "));
    }
    for (int i = 0; i < 240; i++) {
      String[] s = sentences.get(i % sentences.size());
      StringBuilder text = new StringBuilder("Report " + i + "\n");
      for (int k = 0; k < Math.min(6, s.length); k++) {
        text.append(s[(i / sentences.size() + k) % s.length]).append(' ');
      }
      Files.writeString(corpus.resolve(String.format("r%03d.txt", i)), text.toString());
    }
    Path ws = tmp.resolve("reference");
    new Analysis(options(corpus, ws), null).run("reference");
    uninterrupted = export(ws);
  }

  static byte[] export(Path ws) throws Exception {
    Path out = ws.resolveSibling(ws.getFileName() + ".json");
    try (DuckDbWorkspace w = DuckDbWorkspace.openReadOnly(ws)) {
      new JsonExporter().export(w, out);
    }
    return Files.readAllBytes(out);
  }

  @ParameterizedTest(name = "killed at {0}")
  @ValueSource(strings = {"stored 40", "stage duplicates", "stage stories", "stage reference-dates", "stage framing"})
  void aRerunAfterAKillExportsWhatAnUninterruptedRunDoes(String moment) throws Exception {
    Path ws = tmp.resolve("ws-" + moment.replace(' ', '-'));
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Child.class.getName(), corpus.toString(), ws.toString())
        .redirectErrorStream(true).start();
    int stored = 0;
    boolean reached = false;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        stored += line.startsWith("stored ") ? 1 : 0;
        if (moment.startsWith("stored ") ? stored >= Integer.parseInt(moment.substring(7)) : line.startsWith(moment)) {
          reached = true;
          break;
        }
      }
    }
    child.destroyForcibly(); // SIGKILL: no shutdown hooks, no checkpoint
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(reached).as("the child reached %s before it was killed", moment).isTrue();
    try (DuckDbWorkspace w = DuckDbWorkspace.openReadOnly(ws)) {
      assertThat(w.summary().stale()).as("a killed run leaves its findings flagged").isNotNull();
    }

    new Analysis(options(corpus, ws), null).run("rerun");
    byte[] after = export(ws);
    if (!java.util.Arrays.equals(after, uninterrupted)) {
      JsonNode a = new ObjectMapper().readTree(after);
      JsonNode b = new ObjectMapper().readTree(uninterrupted);
      a.fieldNames().forEachRemaining(f -> assertThat(a.get(f)).as("export field %s", f).isEqualTo(b.get(f)));
    }
    assertThat(after).isEqualTo(uninterrupted);
  }
}
