package dev.chorus.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.pipeline.Capability;
import dev.chorus.pipeline.Pipeline;
import dev.chorus.run.Analysis;
import dev.chorus.run.AnalysisOptions;
import dev.chorus.testing.StageChecks;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The article stages with CoreNLP's annotation among them, on random hostile text and HTML. */
class RandomInputAnnotationTest {
  @Test
  void annotationHoldsOnRandomInput() {
    Pipeline pipeline = Analysis.standardPipeline(AnalysisOptions.of(List.of(), Path.of("unused")));
    assertThat(pipeline.provides()).contains(Capability.ANNOTATIONS);
    StageChecks.checkRandomData(pipeline, Long.getLong("chorus.seed", 20_261_203L), 20);
  }
}
