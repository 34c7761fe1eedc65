package dev.chorus.clean;

import dev.chorus.pipeline.Stage;
import dev.chorus.pipeline.StageDescriptor;
import dev.chorus.run.AnalysisOptions;
import java.util.List;

/** Residue of scraping removed from the text, each removal kept with its reason. */
public final class CleanDescriptor implements StageDescriptor {
  @Override
  public String name() {
    return "clean";
  }

  @Override
  public List<Stage> stages(AnalysisOptions options) {
    return List.of(ResidueCleaner.withBundledPatterns());
  }
}
