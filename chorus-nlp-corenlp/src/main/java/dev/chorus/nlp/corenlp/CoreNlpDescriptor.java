package dev.chorus.nlp.corenlp;

import dev.chorus.annotate.AnnotateStage;
import dev.chorus.annotate.EntityCanonicalStage;
import dev.chorus.claims.ClaimVocabulary;
import dev.chorus.claims.ClaimsStage;
import dev.chorus.pipeline.Stage;
import dev.chorus.pipeline.StageDescriptor;
import dev.chorus.reuse.SentenceEncoder;
import dev.chorus.run.AnalysisOptions;
import dev.chorus.timeline.TimelineStage;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Adds the annotate stage on CoreNLP to the standard pipeline, with the corpus stages that read its findings:
 * entities merged across spellings, claims and the timeline. Claims are grouped with sentence
 * similarity too when a {@link SentenceEncoder} service is on the classpath (chorus-embeddings provides one), else
 * by rules. The tables are core's: this module adds stages only.
 */
public final class CoreNlpDescriptor implements StageDescriptor {
  @Override
  public String name() {
    return "corenlp";
  }

  @Override
  public List<Stage> stages(AnalysisOptions options) {
    SentenceEncoder encoder = ServiceLoader.load(SentenceEncoder.class).findFirst().orElse(null);
    return List.of(new AnnotateStage(new CoreNlpBackend()), new EntityCanonicalStage(),
        new ClaimsStage(ClaimVocabulary.bundled(), encoder), new TimelineStage());
  }
}
