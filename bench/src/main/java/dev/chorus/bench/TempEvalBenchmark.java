package dev.chorus.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * TempEval-3 task A (time expressions) on ../shared/bench/tempeval3-train (TBAQ-cleaned: TimeBank and AQUAINT,
 * 256 TimeML documents): strict and relaxed span F1 and value F1, over all TIMEX3 types and per type, for
 * Chorus's time expressions and SUTime's alone, in one run on the same texts with the same document dates.
 *
 * <p>Usage: {@code bench/run TempEvalBenchmark [STEP] [--errors]}: every STEP-th document in name order (default
 * 1, all); the gate test ({@code TempEvalGateTest}) scores {@code STEP=6}. {@code --errors} lists every missed
 * gold expression, every wrong value and every spurious expression, for each system, each line led by the
 * document's name and creation time.
 */
public final class TempEvalBenchmark {
  public static void main(String[] args) {
    boolean errors = List.of(args).contains("--errors");
    int step = args.length > 0 && !args[0].startsWith("--") ? Integer.parseInt(args[0]) : 1;
    Path dir = BenchData.dir("tempeval3-train");
    List<TimeMlCorpus.Doc> docs = TimeMlCorpus.slice(TimeMlCorpus.load(dir), step);
    long t0 = System.nanoTime();
    TempEvalRun run = TempEvalRun.score(docs, errors);
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf(Locale.ROOT, "%s: %d documents, %d characters, %.1f s (models included)%n", dir,
        run.documents, run.characters, seconds);
    System.out.println("| system | types | gold | system | strict F1 | relaxed F1 | value P | value R | value F1 |"
        + " value accuracy |");
    System.out.println("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    print("Chorus", run.chorus);
    print("SUTime alone", run.sutime);
    if (errors) {
      run.chorus.all.errors.forEach(e -> System.out.println("chorus\t" + e));
      run.sutime.all.errors.forEach(e -> System.out.println("sutime\t" + e));
    }
  }

  private static void print(String system, TimexScorer.Report r) {
    System.out.println(r.all.row(system + " | all").replaceFirst("\\| ", "| "));
    for (int i = 0; i < TimexScorer.Report.TYPES.size(); i++) {
      System.out.println(r.perType.get(i).row(system + " | " + TimexScorer.Report.TYPES.get(i)));
    }
  }
}
