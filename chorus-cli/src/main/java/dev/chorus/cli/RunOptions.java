package dev.chorus.cli;

import dev.chorus.ingest.IngestLimits;
import dev.chorus.language.LanguageStage;
import dev.chorus.pipeline.Capability;
import dev.chorus.pipeline.Stage;
import dev.chorus.pipeline.StageCatalog;
import dev.chorus.pipeline.StageOrderException;
import dev.chorus.run.Analysis;
import dev.chorus.run.AnalysisOptions;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Options shared by the commands that run an analysis. */
final class RunOptions {
  @Option(names = "--manifest", paramLabel = "FILE",
      description = "CSV with a header: file (or path, id), source, url, published, language.")
  Path manifest;

  @Option(names = "--languages", split = ",", paramLabel = "CODES",
      description = "ISO 639-1 codes the language detector chooses among (default: ${DEFAULT-VALUE}).")
  List<String> languages = LanguageStage.DEFAULT_LANGUAGES;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--max-document-bytes", paramLabel = "BYTES",
      description = "Largest file, JSONL line or WARC record read (default: ${DEFAULT-VALUE}).")
  long maxDocumentBytes = IngestLimits.defaults().maxDocumentBytes();

  @Option(names = "--max-article-chars", paramLabel = "CHARS",
      description = "Longest article text analysed (default: ${DEFAULT-VALUE}).")
  int maxArticleChars = IngestLimits.defaults().maxArticleChars();

  @Option(names = "--skip-stage", split = ",", paramLabel = "NAME",
      description = "Leave out these stages (names as in the run summary's timings, e.g. annotate,reuse).")
  Set<String> skipStages = Set.of();

  @Option(names = {"-q", "--quiet"}, description = "No progress bar and no summary; errors only.")
  boolean quiet;

  /**
   * The analysis options, checked before anything is read or written: every stage to leave out must exist, and no
   * stage that stays may need one left out (a usage error naming what needs it).
   */
  AnalysisOptions toOptions(List<String> inputs, Path workspace, CommandLine cl) {
    AnalysisOptions options = toOptions(inputs, workspace);
    List<Stage> all = StageCatalog.installed().stages(options.withSkippedStages(Set.of()));
    Set<String> known = new TreeSet<>();
    all.forEach(s -> known.add(s.name()));
    for (String name : skipStages) {
      if (!known.contains(name)) {
        throw new ParameterException(cl, "--skip-stage: no stage is named '" + name + "'; stages: "
            + String.join(", ", known));
      }
    }
    Set<String> dependants = dependants(all, skipStages);
    if (!dependants.isEmpty()) {
      throw new ParameterException(cl, "--skip-stage " + String.join(",", new TreeSet<>(skipStages)) + ": "
          + String.join(", ", dependants) + " need what it provides; leave them out too, or keep it");
    }
    try {
      Analysis.standardPipeline(options);
    } catch (StageOrderException e) {
      throw new ParameterException(cl, "--skip-stage: " + e.getMessage());
    }
    return options;
  }

  /** The stages that stay but need, directly or through another, what only the skipped stages provide. */
  static Set<String> dependants(List<Stage> all, Set<String> skipped) {
    Set<Capability> kept = new HashSet<>();
    Set<Capability> lost = new HashSet<>();
    for (Stage s : all) {
      (skipped.contains(s.name()) ? lost : kept).addAll(s.provides());
    }
    lost.removeAll(kept);
    Set<String> out = new TreeSet<>();
    for (boolean grew = true; grew; ) {
      grew = false;
      for (Stage s : all) {
        if (!skipped.contains(s.name()) && !out.contains(s.name())
            && s.requires().stream().anyMatch(lost::contains)) {
          out.add(s.name());
          lost.addAll(s.provides());
          grew = true;
        }
      }
    }
    return out;
  }

  private AnalysisOptions toOptions(List<String> inputs, Path workspace) {
    return AnalysisOptions.of(inputs, workspace)
        .withManifest(manifest)
        .withLanguages(languages)
        .withThreads(threads)
        .withLimits(new IngestLimits(maxDocumentBytes, maxArticleChars))
        .withSkippedStages(skipStages);
  }
}
