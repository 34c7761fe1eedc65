package dev.chorus.embeddings;

import dev.chorus.pipeline.Stage;
import dev.chorus.reuse.ReuseConfig;
import dev.chorus.reuse.ReuseStage;
import dev.chorus.run.AnalysisOptions;
import dev.chorus.run.StageProvider;
import java.util.List;

/**
 * Adds the reuse stage, with paraphrase through the configured ONNX encoder (see
 * {@link OnnxSentenceEncoder#configured()}), to the standard pipeline. The model loads when the stage first runs.
 */
public final class ReuseStageProvider implements StageProvider {
  @Override
  public List<Stage> stages(AnalysisOptions options) {
    return List.of(new ReuseStage(ReuseConfig.defaults(), new LazyEncoder(OnnxSentenceEncoder::configured)));
  }
}
