package dev.chorus.extract;

import dev.chorus.pipeline.Stage;
import dev.chorus.pipeline.StageDescriptor;
import dev.chorus.run.AnalysisOptions;
import java.util.List;

/** The main text of HTML pages. */
public final class ExtractDescriptor implements StageDescriptor {
  @Override
  public String name() {
    return "extract";
  }

  @Override
  public List<Stage> stages(AnalysisOptions options) {
    return List.of(new MainTextStage(new DensityMainTextExtractor()));
  }
}
