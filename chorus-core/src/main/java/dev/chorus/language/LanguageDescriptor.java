package dev.chorus.language;

import dev.chorus.pipeline.Stage;
import dev.chorus.pipeline.StageDescriptor;
import dev.chorus.run.AnalysisOptions;
import java.util.List;

/** The language of each article. */
public final class LanguageDescriptor implements StageDescriptor {
  @Override
  public String name() {
    return "language";
  }

  @Override
  public List<Stage> stages(AnalysisOptions options) {
    return List.of(new LanguageStage(options.languages()));
  }
}
