package dev.chorus.stories;

import dev.chorus.pipeline.Stage;
import dev.chorus.run.AnalysisOptions;
import dev.chorus.run.StageProvider;
import java.util.List;

/** Adds the stories stage to the standard pipeline; reuse and claims require what it provides. */
public final class StoriesStageProvider implements StageProvider {
  @Override
  public List<Stage> stages(AnalysisOptions options) {
    return List.of(new StoriesStage());
  }
}
