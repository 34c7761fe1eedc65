package dev.chorus.dates;

import dev.chorus.pipeline.Stage;
import dev.chorus.pipeline.StageDescriptor;
import dev.chorus.run.AnalysisOptions;
import java.util.List;

/**
 * Publication dates: each article's own (given, or inferred from its own evidence), then checked against the pile.
 * The dates are columns of the workspace's articles table.
 */
public final class DatesDescriptor implements StageDescriptor {
  @Override
  public String name() {
    return "dates";
  }

  @Override
  public List<Stage> stages(AnalysisOptions options) {
    return List.of(new OwnDateStage(), new DateBoundStage());
  }
}
