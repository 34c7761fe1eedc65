package dev.chorus.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's metric (ScrapingHub's {@code evaluate.py}, MIT): word 4-gram shingles of the
 * extracted text against the ground truth, per-page tp/fp/fn counts normalised to sum 1 (so long articles weigh no
 * more than short ones), precision and recall averaged over pages, F1 of the two means. Written out here because
 * it is the yardstick itself: scores must match the published ones, so it follows that script step by step.
 */
public final class ShingleScorer {
  private static final int SHINGLE_WORDS = 4;
  // Python's re \w with re.UNICODE: letters and digits of any script, plus underscore.
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  /** One page's normalised counts. */
  public record PageScore(double tp, double fp, double fn) {
    double precision() {
      if (fp == 0 && fn == 0) {
        return 1;
      }
      return tp == 0 && fp == 0 ? 0 : tp / (tp + fp);
    }

    double recall() {
      if (fp == 0 && fn == 0) {
        return 1;
      }
      return tp == 0 && fn == 0 ? 0 : tp / (tp + fn);
    }
  }

  /** Macro precision and recall over pages, and the F1 of those two means. */
  public record Summary(double precision, double recall, double f1, int pages) {}

  public PageScore score(String expected, String extracted) {
    Map<String, Integer> truth = shingles(expected);
    Map<String, Integer> got = shingles(extracted);
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (var e : truth.entrySet()) {
      int t = e.getValue();
      int p = got.getOrDefault(e.getKey(), 0);
      tp += Math.min(t, p);
      fn += Math.max(0, t - p);
    }
    for (var e : got.entrySet()) {
      fp += Math.max(0, e.getValue() - truth.getOrDefault(e.getKey(), 0));
    }
    double sum = tp + fp + fn;
    return sum > 0 ? new PageScore(tp / sum, fp / sum, fn / sum) : new PageScore(0, 0, 0);
  }

  /** As the reference script: pages with nothing extracted do not count for precision, nor empty truths for recall. */
  public Summary summarise(List<PageScore> pages) {
    double p = 0;
    int pn = 0;
    double r = 0;
    int rn = 0;
    for (PageScore s : pages) {
      if (s.tp() + s.fp() > 0) {
        p += s.precision();
        pn++;
      }
      if (s.tp() + s.fn() > 0) {
        r += s.recall();
        rn++;
      }
    }
    double precision = pn == 0 ? 0 : p / pn;
    double recall = rn == 0 ? 0 : r / rn;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new Summary(precision, recall, f1, pages.size());
  }

  static Map<String, Integer> shingles(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text == null ? "" : text);
    while (m.find()) {
      words.add(m.group());
    }
    Map<String, Integer> counts = new HashMap<>();
    // The script makes one shingle of all words when a text has fewer than four.
    int n = Math.max(1, words.size() - SHINGLE_WORDS + 1);
    for (int i = 0; i < n && !words.isEmpty(); i++) {
      String shingle = String.join(" ", words.subList(i, Math.min(words.size(), i + SHINGLE_WORDS)));
      counts.merge(shingle, 1, Integer::sum);
    }
    return counts;
  }
}
