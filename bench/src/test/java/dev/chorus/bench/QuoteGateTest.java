package dev.chorus.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Evaluation gate for quotes and speakers: every fourth PolNeAR dev article (21 of 84, every publisher), read at
 * test time, CoreNLP loaded once for the JVM, scored as {@link QuoteBenchmark} scores (see {@link QuoteScorer}).
 * The floors are the figures measured when they were last raised ({@code bench/run QuoteBenchmark dev 4
 * --chorus-only}, docs/benchmarks.md) minus 0.01; raising them is a deliberate change. CoreNLP's own attribution
 * is compared on all of dev by the benchmark, not here: its dependency parse would double the gate's time.
 */
class QuoteGateTest {
  static final int STEP = 4;
  // measured 2026-12-03 on the slice: recall 0.904, precision 0.919, speakers 0.791, pronoun speakers 0.719
  static final double RECALL_FLOOR = 0.894;
  static final double PRECISION_FLOOR = 0.909;
  static final double SPEAKER_FLOOR = 0.781;
  static final double PRONOUN_FLOOR = 0.709;

  @Test
  void quotesAndSpeakersStayAboveTheFloors() {
    Path dir = BenchData.dir("polnear").resolve("dev");
    assumeTrue(Files.isDirectory(dir), "PolNeAR dev not found at " + dir.toAbsolutePath()
        + " (../shared/bench/polnear or $BENCH_DATA): gate not run");
    List<PolnearCorpus.Doc> docs = PolnearCorpus.slice(PolnearCorpus.load(dir), STEP);
    assertThat(docs).hasSize(21);
    QuoteScorer.Counts c = QuoteRun.score(docs, false, false).chorus;
    assertThat(c.recall()).as("quote recall").isGreaterThanOrEqualTo(RECALL_FLOOR);
    assertThat(c.precision()).as("quote precision").isGreaterThanOrEqualTo(PRECISION_FLOOR);
    assertThat(c.speakerAccuracy()).as("speaker accuracy").isGreaterThanOrEqualTo(SPEAKER_FLOOR);
    assertThat(c.speakerAccuracy(QuoteScorer.Kind.PRONOUN)).as("pronoun speaker accuracy")
        .isGreaterThanOrEqualTo(PRONOUN_FLOOR);
  }
}
