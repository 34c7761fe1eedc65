package dev.chorus.stories;

import dev.chorus.export.ExportSection;
import dev.chorus.pipeline.Stage;
import dev.chorus.pipeline.StageDescriptor;
import dev.chorus.run.AnalysisOptions;
import java.util.List;

/** Stories: the articles about one event. */
public final class StoriesDescriptor implements StageDescriptor {
  @Override
  public String name() {
    return "stories";
  }

  @Override
  public List<Stage> stages(AnalysisOptions options) {
    return List.of(new StoriesStage());
  }

  @Override
  public List<String> migrations() {
    return List.of("schema/V1__stories.sql");
  }

  @Override
  public List<ExportSection> exportSections() {
    return List.of(new StoriesExportSection());
  }

  @Override
  public List<Table> tables() {
    return List.of(
        new Table("stories", "SELECT article_id AS article, story_id AS story, label FROM stories ORDER BY story_id, article_id"));
  }

  @Override
  public List<View> views() {
    // one row per article, not per story: the section is counted by reading it
    return List.of(new View("stories", "Stories", null));
  }
}
