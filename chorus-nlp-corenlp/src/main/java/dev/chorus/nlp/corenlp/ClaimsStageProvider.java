package dev.chorus.nlp.corenlp;

import dev.chorus.claims.ClaimVocabulary;
import dev.chorus.claims.ClaimsStage;
import dev.chorus.pipeline.Stage;
import dev.chorus.run.AnalysisOptions;
import dev.chorus.run.StageProvider;
import java.util.List;

/**
 * Adds the claims stage (claims, comparisons, timeline) to the standard pipeline wherever the annotate stage runs:
 * it reads the annotations, so it is provided with the backend that makes them.
 */
public final class ClaimsStageProvider implements StageProvider {
  @Override
  public List<Stage> stages(AnalysisOptions options) {
    return List.of(new ClaimsStage(ClaimVocabulary.bundled()));
  }
}
