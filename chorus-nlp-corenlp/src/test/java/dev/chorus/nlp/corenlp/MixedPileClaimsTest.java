package dev.chorus.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.run.AnalysisOptions;
import dev.chorus.testing.AnalysedPile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled corpus mixed with Reuters-21578 stories of three other events (a strike with clashes, an air raid with its
 * death toll, and coffee quota talks) (the stories fixture of chorus-core),
 * analysed once: claims are compared within a story only, so the bundled corpus keeps its one conflict and no
 * comparison or timeline event joins articles of two stories.
 */
class MixedPileClaimsTest {
  private static final Path REUTERS = Path.of("..", "chorus-core", "src", "test", "resources", "dev", "chorus",
      "stories", "reuters-events.jsonl");
  private static final Set<String> EVENTS = Set.of("ecuador-strike-violence", "afghan-air-raid", "coffee-quota-talks");

  @TempDir static Path dir;
  static JsonNode export;
  static final Map<String, String> storyOf = new HashMap<>();
  static final Map<String, JsonNode> claims = new HashMap<>();
  static final Map<String, String> texts = new HashMap<>();

  @BeforeAll
  static void analyse() throws Exception {
    Path input = AnalysedPile.copyDemo(dir.resolve("input"));
    ObjectMapper mapper = new ObjectMapper();
    for (String line : Files.readAllLines(REUTERS)) {
      JsonNode n = mapper.readTree(line);
      if (EVENTS.contains(n.get("event").asText())) {
        Files.writeString(input.resolve(n.get("id").asText() + ".txt"), n.get("text").asText());
      }
    }
    Path ws = dir.resolve("ws");
    export = AnalysedPile.analyseAndExport(AnalysisOptions.of(List.of(input.toString()), ws), dir.resolve("export.json"));
    for (JsonNode s : export.get("stories")) {
      for (JsonNode a : s.get("articles")) {
        storyOf.put(a.asText(), s.get("id").asText());
      }
    }
    for (JsonNode c : export.get("claims")) {
      claims.put(c.get("id").asText(), c);
    }
    for (JsonNode a : export.get("articles")) {
      texts.put(a.get("id").asText(), a.get("text").asText());
    }
  }

  private static String article(String claimId) {
    return claims.get(claimId).get("article").asText();
  }

  @Test
  void everyComparisonStaysWithinOneStory() {
    assertThat(export.get("comparisons")).isNotEmpty();
    for (JsonNode c : export.get("comparisons")) {
      Set<String> stories = new HashSet<>();
      for (JsonNode id : c.get("claims")) {
        stories.add(storyOf.get(article(id.asText())));
      }
      assertThat(stories).as(c.get("reason").asText()).hasSize(1);
    }
  }

  @Test
  void theBundledCorpusKeepsItsOneConflict() {
    List<String> demoConflicts = new ArrayList<>();
    for (JsonNode c : export.get("comparisons")) {
      List<String> members = new ArrayList<>();
      for (JsonNode id : c.get("claims")) {
        JsonNode claim = claims.get(id.asText());
        members.add(claim.get("article").asText().substring(0, 3) + ": " + texts.get(claim.get("article").asText())
            .substring(claim.get("start").asInt(), claim.get("end").asInt()));
      }
      if (c.get("verdict").asText().equals("conflict") && members.stream().noneMatch(m -> m.startsWith("reu"))) {
        demoConflicts.add(String.join(" | ", members));
      }
    }
    assertThat(demoConflicts).containsExactly("000: about 3,000 peacekeepers | 002: about 2,500 people");
  }

  @Test
  void noTimelineEventJoinsTwoStories() {
    for (JsonNode e : export.get("timeline")) {
      Set<String> stories = new HashSet<>();
      for (JsonNode a : e.get("articles")) {
        stories.add(storyOf.get(a.asText()));
      }
      assertThat(stories).as(e.get("date").asText()).hasSize(1);
    }
  }
}
