package dev.chorus.run;

import dev.chorus.pipeline.Pipeline;
import dev.chorus.testing.StageChecks;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The article stages on the classpath, chained as an analysis runs them, on random hostile text and HTML. The seed is
 * fixed so a run is reproducible; {@code -Dchorus.seed=N} tries another.
 */
class RandomInputTest {
  static final long SEED = Long.getLong("chorus.seed", 20_261_203L);

  @Test
  void everyArticleStageHoldsOnRandomInput() {
    Pipeline pipeline = Analysis.standardPipeline(AnalysisOptions.of(List.of(), Path.of("unused")));
    StageChecks.checkRandomData(pipeline, SEED, 300);
  }
}
