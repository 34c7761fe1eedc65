package dev.chorus.run;

import dev.chorus.ingest.InputFile;
import dev.chorus.model.Article;
import dev.chorus.model.SkippedInput;

/** Progress of a run, for a progress bar or a log. Calls may come from several threads. */
public interface AnalysisListener {
  default void inputsResolved(int files, long bytes) {}

  default void fileDone(InputFile file, long bytes) {}

  default void articleStored(Article article) {}

  default void skipped(SkippedInput skip) {}

  default void corpusStage(String name) {}

  /** A corpus stage starts: the {@code index}-th (from 1) of {@code count}, after every article is stored. */
  default void corpusStageStarted(String name, int index, int count) {
    corpusStage(name + " (" + index + " of " + count + ")");
  }

  AnalysisListener NONE = new AnalysisListener() {};
}
