package dev.chorus.segment;

import dev.chorus.pipeline.Stage;
import dev.chorus.pipeline.StageDescriptor;
import dev.chorus.run.AnalysisOptions;
import java.util.List;

/** Sentences and paragraphs. */
public final class SegmentDescriptor implements StageDescriptor {
  @Override
  public String name() {
    return "segment";
  }

  @Override
  public List<Stage> stages(AnalysisOptions options) {
    return List.of(new SentenceStage(new IcuSentenceSplitter()));
  }
}
