package dev.chorus.run;

import dev.chorus.pipeline.Stage;
import java.util.List;

/**
 * A module's contribution to the standard pipeline, found with {@link java.util.ServiceLoader}: list the
 * implementation in {@code META-INF/services/dev.chorus.run.StageProvider}. Stages are ordered by their
 * requirements, so a provider need not know where the others go.
 */
public interface StageProvider {
  List<Stage> stages(AnalysisOptions options);
}
