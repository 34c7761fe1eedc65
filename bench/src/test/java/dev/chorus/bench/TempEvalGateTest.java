package dev.chorus.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Evaluation gate for time expressions: TempEval-3 task A measures on every sixth document of
 * ../shared/bench/tempeval3-train (43 of 256 TimeML documents, both sub-corpora), read at test time, CoreNLP
 * loaded once for the JVM. The floors are the figures measured when they were last raised (see
 * docs/benchmarks.md, {@code bench/run TempEvalBenchmark 6}) minus 0.01; raising them is a deliberate change.
 */
class TempEvalGateTest {
  static final int STEP = 6;
  static final double VALUE_F1_FLOOR = 0.780;
  static final double RELAXED_F1_FLOOR = 0.928;
  static final double STRICT_F1_FLOOR = 0.855;

  @Test
  void timeExpressionsStayAboveTheFloorsAndAheadOfSuTime() {
    Path dir = BenchData.dir("tempeval3-train");
    assumeTrue(Files.isDirectory(dir), "TempEval-3 training data not found at " + dir.toAbsolutePath()
        + " (../shared/bench/tempeval3-train or $BENCH_DATA): gate not run");
    List<TimeMlCorpus.Doc> docs = TimeMlCorpus.slice(TimeMlCorpus.load(dir), STEP);
    assertThat(docs).hasSize(43);
    TempEvalRun run = TempEvalRun.score(docs, false);
    TimexScorer.Counts chorus = run.chorus.all;
    TimexScorer.Counts sutime = run.sutime.all;
    assertThat(chorus.valueF1()).as("value F1 (SUTime alone %.3f)", sutime.valueF1())
        .isGreaterThanOrEqualTo(VALUE_F1_FLOOR).isGreaterThan(sutime.valueF1());
    assertThat(chorus.relaxedF1()).as("relaxed span F1").isGreaterThanOrEqualTo(RELAXED_F1_FLOOR);
    assertThat(chorus.strictF1()).as("strict span F1").isGreaterThanOrEqualTo(STRICT_F1_FLOOR);
  }
}
