package dev.chorus.embeddings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.export.JsonExporter;
import dev.chorus.run.Analysis;
import dev.chorus.run.AnalysisOptions;
import dev.chorus.store.DuckDbWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled corpus mixed with Reuters-21578 stories of three other events (the stories fixture of chorus-core),
 * against the bundled corpus alone: the mixed pile splits into stories, and the talking points of the bundled
 * corpus stay exactly what they are alone, none reaching into another story.
 */
class MixedPileReuseTest {
  private static final Path CORPUS = Path.of("..", "examples", "kazakhstan-2022");
  static final Path REUTERS = Path.of("..", "chorus-core", "src", "test", "resources", "dev", "chorus", "stories",
      "reuters-events.jsonl");
  static final Set<String> EVENTS = Set.of("gulf-tanker-escort", "coffee-quota-talks", "gencorp-bid");

  @TempDir static Path dir;
  private static JsonNode alone;
  private static JsonNode mixed;

  @BeforeAll
  static void analyse() throws Exception {
    Path demo = dir.resolve("demo");
    copyDemo(demo);
    Path pile = dir.resolve("pile");
    copyDemo(pile);
    writeReuters(pile, EVENTS);
    alone = analyse(demo, dir.resolve("ws-demo"));
    mixed = analyse(pile, dir.resolve("ws-pile"));
  }

  static void copyDemo(Path target) throws Exception {
    Files.createDirectories(target);
    try (Stream<Path> files = Files.list(CORPUS)) {
      for (Path f : files.toList()) {
        Files.copy(f, target.resolve(f.getFileName()));
      }
    }
  }

  /** One text file per Reuters story of the given events, named {@code reuters-NEWID.txt}. */
  static void writeReuters(Path target, Set<String> events) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    for (String line : Files.readAllLines(REUTERS)) {
      JsonNode n = mapper.readTree(line);
      if (events.contains(n.get("event").asText())) {
        Files.writeString(target.resolve(n.get("id").asText() + ".txt"), n.get("text").asText());
      }
    }
  }

  private static JsonNode analyse(Path input, Path ws) throws Exception {
    new Analysis(AnalysisOptions.of(List.of(input.toString()), ws).withThreads(2), null).run("test");
    Path out = ws.resolveSibling(ws.getFileName() + ".json");
    try (DuckDbWorkspace w = DuckDbWorkspace.openReadOnly(ws)) {
      new JsonExporter().export(w, out);
    }
    return new ObjectMapper().readTree(out.toFile());
  }

  private static Map<String, String> storyOf(JsonNode export) {
    Map<String, String> out = new HashMap<>();
    for (JsonNode s : export.get("stories")) {
      for (JsonNode a : s.get("articles")) {
        out.put(a.asText(), s.get("id").asText());
      }
    }
    return out;
  }

  /** Each talking point as its sorted member spans, "article:start-end". */
  private static Set<List<String>> points(JsonNode export) {
    Set<List<String>> out = new HashSet<>();
    for (JsonNode tp : export.get("talking_points")) {
      List<String> members = new java.util.ArrayList<>();
      for (JsonNode m : tp.get("members")) {
        members.add(m.get("article").asText() + ":" + m.get("start").asInt() + "-" + m.get("end").asInt());
      }
      out.add(members.stream().sorted().toList());
    }
    return out;
  }

  @Test
  void theBundledCorpusIsOneStoryWithoutReutersStories() {
    Map<String, String> story = storyOf(mixed);
    Set<String> demoStories = new HashSet<>();
    for (JsonNode a : alone.get("articles")) {
      demoStories.add(story.get(a.get("id").asText()));
    }
    assertThat(demoStories).hasSize(1);
    story.forEach((article, s) -> {
      if (article.startsWith("reuters-")) {
        assertThat(s).as(article).isNotIn(demoStories);
      }
    });
    assertThat(mixed.get("stories")).hasSize(1 + EVENTS.size());
  }

  @Test
  void talkingPointsOfTheBundledCorpusAreTheSameAsAlone() {
    Set<List<String>> demoPoints = points(alone);
    assertThat(demoPoints).isNotEmpty();
    Set<List<String>> inMixed = new HashSet<>();
    for (List<String> p : points(mixed)) {
      if (p.stream().noneMatch(a -> a.startsWith("reuters-"))) {
        inMixed.add(p);
      }
    }
    assertThat(inMixed).isEqualTo(demoPoints);
  }

  @Test
  void noTalkingPointSpansTwoStories() {
    Map<String, String> story = storyOf(mixed);
    for (JsonNode tp : mixed.get("talking_points")) {
      Set<String> stories = new HashSet<>();
      for (JsonNode m : tp.get("members")) {
        stories.add(story.get(m.get("article").asText()));
      }
      assertThat(stories).as(tp.get("summary").asText()).hasSize(1);
    }
  }
}
