package dev.chorus.reuse;

import dev.chorus.pipeline.Capability;
import dev.chorus.pipeline.CorpusStage;
import dev.chorus.store.Workspace;
import java.util.Set;

/** Flags articles whose cleaned content equals an earlier article's, across the whole workspace. */
public final class ExactDuplicateStage implements CorpusStage {
  @Override
  public String name() {
    return "duplicates";
  }

  @Override
  public Set<Capability> requires() {
    return Set.of(Capability.CLEAN_TEXT);
  }

  @Override
  public Set<Capability> provides() {
    return Set.of(Capability.DUPLICATES);
  }

  @Override
  public void run(Workspace workspace) {
    workspace.markExactDuplicates();
  }
}
