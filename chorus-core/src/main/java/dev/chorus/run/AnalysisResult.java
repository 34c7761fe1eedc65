package dev.chorus.run;

import dev.chorus.model.SkippedInput;
import java.util.List;
import java.util.Map;

/**
 * What a run did.
 *
 * @param articlesAdded articles written by this run
 * @param articlesAlreadyStored articles found already in the workspace and not processed again
 * @param skipped inputs (or records) that could not be analysed, with reasons
 * @param stageMillis time per stage
 */
public record AnalysisResult(
    int runId,
    int articlesAdded,
    int articlesAlreadyStored,
    List<SkippedInput> skipped,
    int duplicates,
    Map<String, Long> stageMillis,
    long elapsedMillis) {

  public boolean hasSkips() {
    return !skipped.isEmpty();
  }
}
