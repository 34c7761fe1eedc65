package dev.chorus.reuse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Passage reuse across a corpus, after passim: n-gram postings; n-grams whose document frequency lies in
 * [minDf, maxDf] pair the documents they occur in; pairs sharing enough n-grams are aligned by
 * {@link PassageAligner}.
 *
 * <p>The postings are one sorted array of longs (40 bits of n-gram hash, 24 bits of document index) rather than a
 * map of lists: a tenth of the memory, and a collision on 40 bits only costs one wasted alignment. Thread-safe.
 */
public final class PassageReuseFinder {
  /** Documents indexable in the 24 bits a posting keeps for them. */
  public static final int MAX_DOCUMENTS = 1 << 24;

  private final PassageConfig config;
  private final PassageAligner aligner;

  public PassageReuseFinder(PassageConfig config) {
    this.config = config;
    this.aligner = new PassageAligner(config);
  }

  /** Every pair of documents sharing passages. */
  public List<PassagePair> find(List<WordTokens> docs) {
    return find(docs, (a, b) -> true);
  }

  /**
   * Like {@link #find(List)}, aligning only pairs the filter accepts (for instance, to skip pairs from one outlet).
   */
  public List<PassagePair> find(List<WordTokens> docs, BiPredicate<Integer, Integer> pairFilter) {
    if (docs.size() > MAX_DOCUMENTS) {
      throw new IllegalArgumentException("at most " + MAX_DOCUMENTS + " documents per call");
    }
    List<PassagePair> out = new ArrayList<>();
    long[] pairs = candidatePairs(docs);
    long[][] unique = new long[docs.size()][];
    for (long key : pairs) {
      int a = (int) (key >>> 32);
      int b = (int) key;
      if (!pairFilter.test(a, b)) {
        continue;
      }
      if (unique[a] == null) {
        unique[a] = aligner.uniqueNgrams(docs.get(a));
      }
      if (unique[b] == null) {
        unique[b] = aligner.uniqueNgrams(docs.get(b));
      }
      List<Passage> passages = aligner.align(docs.get(a), unique[a], docs.get(b), unique[b]);
      if (!passages.isEmpty()) {
        out.add(new PassagePair(a, b, passages));
      }
    }
    return out;
  }

  /** Pairs ({@code a << 32 | b}, sorted) sharing at least {@code minSharedNgrams} n-grams of acceptable df. */
  long[] candidatePairs(List<WordTokens> docs) {
    long total = 0;
    long[][] perDoc = new long[docs.size()][];
    for (int d = 0; d < docs.size(); d++) {
      perDoc[d] = docs.get(d).shingleSet(config.ngram());
      total += perDoc[d].length;
    }
    if (total > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("corpus too large for one pass: " + total + " n-grams");
    }
    long[] postings = new long[(int) total];
    int p = 0;
    for (int d = 0; d < perDoc.length; d++) {
      for (long g : perDoc[d]) {
        postings[p++] = (g & ~0xffffffL) | d;
      }
      perDoc[d] = null;
    }
    Arrays.sort(postings);
    PairSet shared = new PairSet();
    int runStart = 0;
    for (int i = 1; i <= postings.length; i++) {
      if (i == postings.length || (postings[i] & ~0xffffffL) != (postings[runStart] & ~0xffffffL)) {
        int df = i - runStart;
        if (df >= config.minDf() && df <= config.maxDf()) {
          for (int x = runStart; x < i; x++) {
            for (int y = x + 1; y < i; y++) {
              shared.add((int) (postings[x] & 0xffffff), (int) (postings[y] & 0xffffff));
            }
          }
        }
        runStart = i;
      }
    }
    return pairsSharingAtLeast(shared, config.minSharedNgrams());
  }

  /** Pairs added at least {@code min} times (once per shared n-gram). */
  private static long[] pairsSharingAtLeast(PairSet shared, int min) {
    long[] all = shared.toSortedArrayWithRepeats();
    long[] out = new long[16];
    int n = 0;
    int runStart = 0;
    for (int i = 1; i <= all.length; i++) {
      if (i == all.length || all[i] != all[runStart]) {
        if (i - runStart >= min) {
          if (n == out.length) {
            out = Arrays.copyOf(out, n * 2);
          }
          out[n++] = all[runStart];
        }
        runStart = i;
      }
    }
    return Arrays.copyOf(out, n);
  }
}
