package dev.chorus.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Quotes and speakers on PolNeAR dev (84 articles of 2016 US political news from seven publishers), Chorus beside
 * CoreNLP's quote attribution, in one run. See {@link PolnearCorpus} for how gold quotes are derived from the
 * attributions and {@link QuoteScorer} for the matching rules; in short:
 *
 * <ul>
 *   <li>a quote is found when a predicted quote shares a character with a gold quote (one to one); partial quotes,
 *       quoted phrases of any length inside an attribution's Content, count;
 *   <li>a speaker is right when the predicted speaker's span (as written, or of the entity it was resolved to)
 *       overlaps the gold Source's span, or its text (as written or resolved) has the gold Source's head word
 *       ("a spokesman for Clinton" → spokesman); a pronoun Source must be resolved, to a name with the head of the
 *       nearest named Source before it;
 *   <li>the kind of source comes from the gold Source text: a pronoun list, a capitalised head (a name), else a
 *       description.
 * </ul>
 *
 * <p>Usage: {@code bench/run QuoteBenchmark [dev|train] [STEP] [--chorus-only] [--errors] [--only=PART]}: every
 * STEP-th article (default 1, all), from ../shared/bench/polnear (or BENCH_DATA). {@code --errors} prints each
 * wrong speaker; {@code --only} keeps the articles whose name contains PART.
 */
public final class QuoteBenchmark {
  public static void main(String[] args) {
    String compartment = "dev";
    int step = 1;
    boolean corenlp = true;
    boolean errors = false;
    String only = null;
    for (String a : args) {
      if (a.startsWith("--only=")) {
        only = a.substring("--only=".length());
        continue;
      }
      switch (a) {
        case "--chorus-only" -> corenlp = false;
        case "--errors" -> errors = true;
        case "dev", "train" -> compartment = a;
        default -> step = Integer.parseInt(a);
      }
    }
    Path dir = BenchData.dir("polnear").resolve(compartment);
    if (!Files.isDirectory(dir)) {
      System.err.println("PolNeAR not found at " + dir.toAbsolutePath());
      System.exit(2);
    }
    List<PolnearCorpus.Doc> docs = PolnearCorpus.slice(PolnearCorpus.load(dir), step);
    if (only != null) {
      String part = only;
      docs = docs.stream().filter(d -> d.name().contains(part)).toList();
    }
    QuoteRun run = QuoteRun.score(docs, corenlp, errors);
    int gold = docs.stream().mapToInt(d -> d.quotes().size()).sum();
    System.out.printf("PolNeAR %s: %d articles, %d gold quotes (%d under %d words)%n", compartment, run.documents,
        gold, run.chorus.shortGold, QuoteScorer.SHORT_WORDS);
    System.out.printf("%-34s %8s %8s%n", "", "Chorus", corenlp ? "CoreNLP" : "");
    line("quote recall", run.chorus.recall(), run.corenlp.recall(), corenlp);
    line("quote precision", run.chorus.precision(), run.corenlp.precision(), corenlp);
    line("recall, quotes under 4 words", run.chorus.shortRecall(), run.corenlp.shortRecall(), corenlp);
    line("speaker accuracy, all (" + run.chorus.speakers.values().stream().mapToInt(c -> c[1]).sum() + ")",
        run.chorus.speakerAccuracy(), run.corenlp.speakerAccuracy(), corenlp);
    for (QuoteScorer.Kind k : QuoteScorer.Kind.values()) {
      line("  " + k.name().toLowerCase() + " (" + run.chorus.speakerCount(k) + ")", run.chorus.speakerAccuracy(k),
          run.corenlp.speakerAccuracy(k), corenlp);
    }
    System.out.printf("%-34s %8.1f %8s%n", "seconds", run.chorusSeconds,
        corenlp ? String.format("%.1f", run.corenlpSeconds) : "");
    if (errors) {
      System.out.println("\nChorus speaker errors:");
      run.chorus.errors.forEach(System.out::println);
    }
  }

  private static void line(String label, double chorus, double corenlp, boolean withCoreNlp) {
    System.out.printf("%-34s %8.3f %8s%n", label, chorus, withCoreNlp ? String.format("%.3f", corenlp) : "");
  }
}
