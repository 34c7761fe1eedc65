package dev.chorus.stories;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.export.ExportFormat;
import dev.chorus.export.JsonExporter;
import dev.chorus.export.TableExporter;
import dev.chorus.model.Article;
import dev.chorus.model.OffsetMap;
import dev.chorus.pipeline.Capability;
import dev.chorus.run.Analysis;
import dev.chorus.run.AnalysisOptions;
import dev.chorus.store.DuckDbWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoriesStageTest {
  private static final String COFFEE_1 = "Coffee producers at the International Coffee Organization in London failed"
      + " to agree export quotas. Brazil and Colombia blamed consumers for the breakdown of the quota talks.";
  private static final String COFFEE_2 = "The International Coffee Organization quota talks in London ended without"
      + " agreement on export quotas, delegates said, as Brazil refused to cut its coffee share.";
  private static final String CHRYSLER = "Chrysler Corporation agreed to buy American Motors from Renault. Chrysler"
      + " will pay Renault for its American Motors stake, the automaker said in Detroit.";

  @TempDir Path dir;

  @Test
  void storesOneRowPerArticleWithItsStory() throws Exception {
    try (DuckDbWorkspace ws = DuckDbWorkspace.open(dir.resolve("ws"))) {
      write(ws, article("c1", COFFEE_1), article("c2", COFFEE_2), article("ch", CHRYSLER));
      new StoriesStage().run(ws);
      Map<String, String> story = StoriesStore.storyOf(ws.connection());
      assertThat(story).containsOnlyKeys("c1", "c2", "ch");
      assertThat(story.get("c1")).isEqualTo(story.get("c2")).isEqualTo("story-1");
      assertThat(story.get("ch")).isEqualTo("story-2");
    }
  }

  @Test
  void rerunReplacesThePreviousStories() throws Exception {
    try (DuckDbWorkspace ws = DuckDbWorkspace.open(dir.resolve("ws"))) {
      write(ws, article("c1", COFFEE_1), article("ch", CHRYSLER));
      new StoriesStage().run(ws);
      assertThat(StoriesStore.storyOf(ws.connection()).get("c1")).isNotEqualTo(
          StoriesStore.storyOf(ws.connection()).get("ch"));
      write(ws, article("c2", COFFEE_2));
      new StoriesStage().run(ws);
      Map<String, String> story = StoriesStore.storyOf(ws.connection());
      assertThat(story).hasSize(3);
      assertThat(story.get("c1")).isEqualTo(story.get("c2")).isEqualTo("story-1");
    }
  }

  @Test
  void exportsStoriesAsJsonAndAsTable() throws Exception {
    Path ws = dir.resolve("ws");
    try (DuckDbWorkspace w = DuckDbWorkspace.open(ws)) {
      write(w, article("c1", COFFEE_1), article("c2", COFFEE_2), article("ch", CHRYSLER));
      new StoriesStage().run(w);
      new JsonExporter().export(w, dir.resolve("export.json"));
      new TableExporter().export(w, ExportFormat.CSV, dir.resolve("csv"));
    }
    JsonNode stories = new ObjectMapper().readTree(dir.resolve("export.json").toFile()).get("stories");
    assertThat(stories).hasSize(2);
    assertThat(stories.get(0).get("id").asText()).isEqualTo("story-1");
    assertThat(stories.get(0).get("articles")).extracting(JsonNode::asText).containsExactly("c1", "c2");
    assertThat(stories.get(0).get("label").asText()).contains("coffee");
    List<String> rows = Files.readAllLines(dir.resolve("csv").resolve("stories.csv"));
    assertThat(rows.get(0)).isEqualTo("article,story,label");
    assertThat(rows).hasSize(4);
  }

  @Test
  void theStandardPipelineSplitsStoriesBeforeCorpusStagesThatRequireThem() throws Exception {
    Path input = dir.resolve("input");
    Files.createDirectories(input);
    Files.writeString(input.resolve("c1.txt"), COFFEE_1);
    Files.writeString(input.resolve("c2.txt"), COFFEE_2);
    Files.writeString(input.resolve("ch.txt"), CHRYSLER);
    assertThat(Analysis.standardPipeline(AnalysisOptions.of(List.of(input.toString()), dir.resolve("ws")))
        .providesWithCorpusStages()).contains(Capability.STORIES);
    new Analysis(AnalysisOptions.of(List.of(input.toString()), dir.resolve("ws")), null).run("test");
    try (DuckDbWorkspace w = DuckDbWorkspace.openReadOnly(dir.resolve("ws"))) {
      assertThat(StoriesStore.storyOf(w.connection()).values()).containsOnly("story-1", "story-2").hasSize(3);
    }
  }

  private static void write(DuckDbWorkspace ws, Article... articles) {
    int run = ws.beginRun("test");
    ws.write(run, List.of(articles), List.of());
  }

  private static Article article(String id, String text) {
    return Article.ingested(id, id + ".txt", "txt", "source-" + id, null, null, null, "manifest", "en", null, text)
        .withCleanText(text, List.of(), OffsetMap.identity(text.length()), "h" + id);
  }
}
