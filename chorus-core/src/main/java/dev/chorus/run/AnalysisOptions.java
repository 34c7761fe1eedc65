package dev.chorus.run;

import dev.chorus.ingest.IngestLimits;
import dev.chorus.language.LanguageStage;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Everything one analysis run needs to know.
 *
 * @param inputs files, directories, globs
 * @param workspace the workspace directory
 * @param manifest optional CSV with per-file metadata, or null
 * @param languages ISO 639-1 codes the language detector chooses among
 * @param threads worker threads for article stages
 * @param batchSize articles per workspace transaction
 * @param skipStages names of stages to leave out (the pipeline refuses the run if another stage needs them)
 */
public record AnalysisOptions(
    List<String> inputs,
    Path workspace,
    Path manifest,
    IngestLimits limits,
    List<String> languages,
    int threads,
    int batchSize,
    Set<String> skipStages) {

  public AnalysisOptions {
    skipStages = skipStages == null ? Set.of() : Set.copyOf(skipStages);
  }

  public static AnalysisOptions of(List<String> inputs, Path workspace) {
    return new AnalysisOptions(inputs, workspace, null, IngestLimits.defaults(), LanguageStage.DEFAULT_LANGUAGES,
        Runtime.getRuntime().availableProcessors(), 200, Set.of());
  }

  public AnalysisOptions withManifest(Path manifest) {
    return new AnalysisOptions(inputs, workspace, manifest, limits, languages, threads, batchSize, skipStages);
  }

  public AnalysisOptions withLimits(IngestLimits limits) {
    return new AnalysisOptions(inputs, workspace, manifest, limits, languages, threads, batchSize, skipStages);
  }

  public AnalysisOptions withLanguages(List<String> languages) {
    return new AnalysisOptions(inputs, workspace, manifest, limits, languages, threads, batchSize, skipStages);
  }

  public AnalysisOptions withBatchSize(int batchSize) {
    return new AnalysisOptions(inputs, workspace, manifest, limits, languages, threads, Math.max(1, batchSize), skipStages);
  }

  public AnalysisOptions withSkippedStages(Set<String> names) {
    return new AnalysisOptions(inputs, workspace, manifest, limits, languages, threads, batchSize, names);
  }

  public AnalysisOptions withThreads(int threads) {
    return new AnalysisOptions(inputs, workspace, manifest, limits, languages, Math.max(1, threads), batchSize, skipStages);
  }
}
