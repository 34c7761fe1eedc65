package dev.chorus.framing;

import dev.chorus.pipeline.Stage;
import dev.chorus.run.AnalysisOptions;
import dev.chorus.run.StageProvider;
import java.util.List;

/** Adds the framing stage to the standard pipeline. */
public final class FramingStageProvider implements StageProvider {
  @Override
  public List<Stage> stages(AnalysisOptions options) {
    return List.of(new FramingStage());
  }
}
