package dev.chorus.cli;

import dev.chorus.ingest.IngestLimits;
import dev.chorus.language.LanguageStage;
import dev.chorus.run.AnalysisOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

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

  AnalysisOptions toOptions(List<String> inputs, Path workspace) {
    return AnalysisOptions.of(inputs, workspace)
        .withManifest(manifest)
        .withLanguages(languages)
        .withThreads(threads)
        .withLimits(new IngestLimits(maxDocumentBytes, maxArticleChars))
        .withSkippedStages(skipStages);
  }
}
