package dev.chorus.nlp.corenlp;

import dev.chorus.claims.ClaimVocabulary;
import dev.chorus.claims.ClaimsStage;
import dev.chorus.pipeline.Stage;
import dev.chorus.reuse.SentenceEncoder;
import dev.chorus.run.AnalysisOptions;
import dev.chorus.run.StageProvider;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Adds the claims stage (claims, comparisons, timeline) to the standard pipeline wherever the annotate stage runs:
 * it reads the annotations, so it comes with the backend that makes them. It groups claims with sentence similarity
 * too when a {@link SentenceEncoder} service is on the classpath (chorus-embeddings provides one), else by rules.
 */
public final class ClaimsStageProvider implements StageProvider {
  @Override
  public List<Stage> stages(AnalysisOptions options) {
    SentenceEncoder encoder = ServiceLoader.load(SentenceEncoder.class).findFirst().orElse(null);
    return List.of(new ClaimsStage(ClaimVocabulary.bundled(), encoder));
  }
}
