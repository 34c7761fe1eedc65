package dev.chorus.embeddings;

import dev.chorus.edits.EditsStage;
import dev.chorus.pipeline.Stage;
import dev.chorus.pipeline.StageDescriptor;
import dev.chorus.reuse.ReuseConfig;
import dev.chorus.reuse.ReuseStage;
import dev.chorus.run.AnalysisOptions;
import java.util.List;

/**
 * Adds the reuse stage (its tables are core's), with paraphrase through the configured ONNX encoder (see
 * {@link OnnxSentenceEncoder#configured()}), to the standard pipeline, and the edits stage that reads its links. The model loads when the stage first runs.
 * System properties (e.g. in {@code CHORUS_JAVA_OPTS}) adjust it: {@code chorus.reuse.paraphrase-threshold}
 * (a cosine; the default is calibrated for the bundled model, so a user-supplied model needs its own) and
 * {@code chorus.reuse.skip-same-source=true} (never link articles of one outlet).
 */
public final class EmbeddingsDescriptor implements StageDescriptor {
  @Override
  public String name() {
    return "embeddings";
  }

  @Override
  public List<Stage> stages(AnalysisOptions options) {
    return List.of(new ReuseStage(config(), new LazyEncoder(OnnxSentenceEncoder::configured,
        OnnxSentenceEncoder.configuredName())), new EditsStage());
  }

  static ReuseConfig config() {
    ReuseConfig config = ReuseConfig.defaults();
    String threshold = System.getProperty("chorus.reuse.paraphrase-threshold");
    if (threshold != null && !threshold.isBlank()) {
      double t = Double.parseDouble(threshold.strip());
      if (!(t > 0 && t <= 1)) {
        throw new IllegalArgumentException("chorus.reuse.paraphrase-threshold must be in (0, 1]: " + threshold);
      }
      config = config.withParaphraseThreshold(t);
    }
    return config.withSkipSameSource(Boolean.getBoolean("chorus.reuse.skip-same-source"));
  }
}
