package dev.chorus.nlp.corenlp;

import dev.chorus.annotate.AnnotateStage;
import dev.chorus.annotate.EntityCanonicalStage;
import dev.chorus.pipeline.Stage;
import dev.chorus.run.AnalysisOptions;
import dev.chorus.run.StageProvider;
import java.util.List;

/** Adds the annotate stage on CoreNLP, and the corpus stages that complete it, to the standard pipeline. */
public final class CoreNlpStageProvider implements StageProvider {
  @Override
  public List<Stage> stages(AnalysisOptions options) {
    return List.of(new AnnotateStage(new CoreNlpBackend()), new EntityCanonicalStage());
  }
}
