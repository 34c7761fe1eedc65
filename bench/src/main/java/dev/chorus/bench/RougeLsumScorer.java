package dev.chorus.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * ROUGE-LSum F1 as the web content extraction benchmark (Bevendorff et al., SIGIR 2023, {@code eval.py}) computes
 * it with Google's {@code rouge_score}: both texts cut into sentences ({@link PunktLikeSentences}), each sentence into
 * whitespace tokens; for every reference sentence the union of its longest common subsequences with each extracted
 * sentence (Lin 2004, section 3.2) gives its hits, a token counted at most as often as it occurs in both texts;
 * recall is hits over reference tokens, precision hits over extracted tokens. An empty reference scores recall 1
 * (and all 1 if the extraction is empty too). Pages are averaged with equal weight.
 */
public final class RougeLsumScorer {
  /** One page's scores. */
  public record PageScore(double precision, double recall, double f1) {}

  /** Means over pages. */
  public record Summary(double precision, double recall, double f1, int pages) {}

  private int[] table = new int[0];

  /** Not thread-safe: keeps its LCS table between calls. */
  public PageScore score(String expected, String extracted) {
    List<List<String>> ref = PunktLikeSentences.split(expected);
    List<List<String>> can = PunktLikeSentences.split(extracted);
    PageScore s = summaryLevelLcs(ref, can);
    if (ref.isEmpty()) {
      return can.isEmpty() ? new PageScore(1, 1, 1) : new PageScore(s.precision(), 1, s.f1());
    }
    return s;
  }

  public Summary summarise(List<PageScore> pages) {
    double p = 0;
    double r = 0;
    double f = 0;
    for (PageScore s : pages) {
      p += s.precision();
      r += s.recall();
      f += s.f1();
    }
    int n = Math.max(1, pages.size());
    return new Summary(p / n, r / n, f / n, pages.size());
  }

  private PageScore summaryLevelLcs(List<List<String>> ref, List<List<String>> can) {
    // Tokens as ids, so the LCS tables compare ints.
    Map<String, Integer> ids = new HashMap<>();
    int[][] r = encode(ref, ids);
    int[][] c = encode(can, ids);
    int m = 0;
    int n = 0;
    for (int[] s : r) {
      m += s.length;
    }
    for (int[] s : c) {
      n += s.length;
    }
    if (m == 0 || n == 0) {
      return new PageScore(0, 0, 0);
    }
    int[] refCounts = new int[ids.size()];
    int[] canCounts = new int[ids.size()];
    for (int[] s : r) {
      for (int t : s) {
        refCounts[t]++;
      }
    }
    for (int[] s : c) {
      for (int t : s) {
        canCounts[t]++;
      }
    }
    int hits = 0;
    for (int[] sentence : r) {
      boolean[] inUnion = new boolean[sentence.length];
      for (int[] candidate : c) {
        markLcs(sentence, candidate, inUnion);
      }
      // Each token of the union counts once per occurrence left in both texts (rouge_score, as ROUGE 1.5.5).
      for (int i = 0; i < sentence.length; i++) {
        int t = sentence[i];
        if (inUnion[i] && canCounts[t] > 0 && refCounts[t] > 0) {
          hits++;
          canCounts[t]--;
          refCounts[t]--;
        }
      }
    }
    double recall = (double) hits / m;
    double precision = (double) hits / n;
    double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
    return new PageScore(precision, recall, f1);
  }

  /** Marks the reference positions of one longest common subsequence, backtracked as rouge_score does. */
  private void markLcs(int[] ref, int[] can, boolean[] marked) {
    int rows = ref.length;
    int cols = can.length;
    if (rows == 0 || cols == 0) {
      return;
    }
    int width = cols + 1;
    long cells = (long) (rows + 1) * width;
    if (cells > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("sentences too long for an LCS table: " + rows + " x " + cols);
    }
    if (table.length < cells) {
      table = new int[(int) cells];
    }
    int[] t = table;
    for (int j = 0; j <= cols; j++) {
      t[j] = 0;
    }
    for (int i = 1; i <= rows; i++) {
      int row = i * width;
      int prev = row - width;
      t[row] = 0;
      int a = ref[i - 1];
      for (int j = 1; j <= cols; j++) {
        t[row + j] = a == can[j - 1] ? t[prev + j - 1] + 1 : Math.max(t[prev + j], t[row + j - 1]);
      }
    }
    int i = rows;
    int j = cols;
    while (i > 0 && j > 0) {
      if (ref[i - 1] == can[j - 1]) {
        marked[i - 1] = true;
        i--;
        j--;
      } else if (t[i * width + j - 1] > t[(i - 1) * width + j]) {
        j--;
      } else {
        i--;
      }
    }
  }

  private static int[][] encode(List<List<String>> sentences, Map<String, Integer> ids) {
    int[][] out = new int[sentences.size()][];
    for (int s = 0; s < sentences.size(); s++) {
      List<String> tokens = sentences.get(s);
      out[s] = new int[tokens.size()];
      for (int k = 0; k < tokens.size(); k++) {
        out[s][k] = ids.computeIfAbsent(tokens.get(k), x -> ids.size());
      }
    }
    return out;
  }
}
