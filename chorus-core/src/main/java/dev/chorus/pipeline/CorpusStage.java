package dev.chorus.pipeline;

import dev.chorus.store.Workspace;

/** A stage that sees the whole corpus through the workspace, after every article stage has run. */
public interface CorpusStage extends Stage {
  void run(Workspace workspace) throws Exception;
}
