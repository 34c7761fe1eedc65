package dev.chorus.reuse;

import static dev.chorus.pipeline.Capability.CLEAN_TEXT;
import static dev.chorus.pipeline.Capability.DUPLICATES;

import dev.chorus.pipeline.CorpusStage;
import dev.chorus.pipeline.StageSpec;
import dev.chorus.store.Workspace;

/** Flags articles whose cleaned content equals an earlier article's, across the whole workspace. */
public final class ExactDuplicateStage implements CorpusStage {
  private static final StageSpec SPEC = StageSpec.of("duplicates").requires(CLEAN_TEXT).provides(DUPLICATES);

  @Override
  public void run(Workspace workspace) {
    workspace.markExactDuplicates();
  }

  @Override
  public StageSpec spec() {
    return SPEC;
  }
}
