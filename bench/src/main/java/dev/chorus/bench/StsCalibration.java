package dev.chorus.bench;

import dev.chorus.embeddings.OnnxSentenceEncoder;
import dev.chorus.reuse.SentenceEncoder;
import dev.chorus.reuse.Vectors;
import dev.chorus.reuse.eval.Spearman;
import dev.chorus.reuse.eval.StsPair;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Calibrates the paraphrase threshold on the STS Benchmark: Spearman of cosine against gold on each split, and the
 * cosine threshold that best separates "same meaning" pairs from the rest on the train split (best F1), for
 * several gold cut-offs, checked on the dev split.
 *
 * <p>Run: {@code bench/run StsCalibration [DIR]} (default ../shared/bench/sts).
 */
public final class StsCalibration {
  /**
   * Gold levels tried as "says the same thing": 4 = mostly equivalent, 3 = roughly equivalent (some details
   * differ), the annotators' own wording.
   */
  static final double[] SAME_GOLD_LEVELS = {3.0, 3.5, 4.0};

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : BenchData.dir("sts").toString());
    long t0 = System.nanoTime();
    SentenceEncoder encoder = OnnxSentenceEncoder.bundled();
    List<StsPair> train = StsPair.read(dir.resolve("sts-train.csv"));
    List<StsPair> dev = StsPair.read(dir.resolve("sts-dev.csv"));
    double[] trainScores = scores(encoder, train);
    double[] devScores = scores(encoder, dev);
    double secs = (System.nanoTime() - t0) / 1e9;
    System.out.printf("model %s, %d train + %d dev pairs, %.1f s (%.0f sentences/s incl. load)%n", encoder.name(),
        train.size(), dev.size(), secs, 2.0 * (train.size() + dev.size()) / secs);
    System.out.printf("Spearman: train %.4f, dev %.4f%n", Spearman.of(trainScores, gold(train)),
        Spearman.of(devScores, gold(dev)));
    for (double same : SAME_GOLD_LEVELS) {
      double best = 0;
      double bestF1 = -1;
      for (int step = 30; step <= 95; step++) {
        double t = step / 100.0;
        double f1 = f1(trainScores, train, t, same);
        if (f1 > bestF1) {
          bestF1 = f1;
          best = t;
        }
      }
      System.out.printf("same = gold >= %.1f: best threshold on train %.2f (F1 %.3f); on dev: F1 %.3f,"
          + " precision %.3f, recall %.3f%n", same, best, bestF1, f1(devScores, dev, best, same),
          precision(devScores, dev, best, same), recall(devScores, dev, best, same));
    }
  }

  static double[] scores(SentenceEncoder encoder, List<StsPair> pairs) {
    List<String> texts = new ArrayList<>();
    for (StsPair p : pairs) {
      texts.add(p.first());
      texts.add(p.second());
    }
    float[][] v = encoder.encode(texts);
    double[] out = new double[pairs.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = Vectors.cosine(v[2 * i], v[2 * i + 1]);
    }
    return out;
  }

  static double[] gold(List<StsPair> pairs) {
    return pairs.stream().mapToDouble(p -> p.gold()).toArray();
  }

  private static int[] counts(double[] s, List<StsPair> pairs, double t, double sameGold) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (int i = 0; i < s.length; i++) {
      boolean same = pairs.get(i).gold() >= sameGold;
      boolean said = s[i] >= t;
      if (same && said) {
        tp++;
      } else if (said) {
        fp++;
      } else if (same) {
        fn++;
      }
    }
    return new int[] {tp, fp, fn};
  }

  static double precision(double[] s, List<StsPair> pairs, double t, double sameGold) {
    int[] c = counts(s, pairs, t, sameGold);
    return c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
  }

  static double recall(double[] s, List<StsPair> pairs, double t, double sameGold) {
    int[] c = counts(s, pairs, t, sameGold);
    return c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
  }

  static double f1(double[] s, List<StsPair> pairs, double t, double sameGold) {
    double p = precision(s, pairs, t, sameGold);
    double r = recall(s, pairs, t, sameGold);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
