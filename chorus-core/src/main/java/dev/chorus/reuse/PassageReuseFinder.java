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
  private static final long DOC_MASK = MAX_DOCUMENTS - 1;

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

  /**
   * Pairs ({@code a << 32 | b}, sorted) sharing at least {@code minSharedNgrams} n-grams of acceptable df. Shared
   * n-grams are counted per document with a dense counter (the all-pairs join's trick), so memory holds the
   * postings and the distinct candidates, never one entry per shared n-gram.
   */
  long[] candidatePairs(List<WordTokens> docs) {
    int n = docs.size();
    long total = 0;
    long[][] perDoc = new long[n][];
    for (int d = 0; d < n; d++) {
      perDoc[d] = docs.get(d).shingleSet(config.ngram());
      total += perDoc[d].length;
    }
    if (total > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("corpus too large for one pass: " + total + " n-grams");
    }
    long[] postings = new long[(int) total];
    int p = 0;
    for (int d = 0; d < n; d++) {
      for (long g : perDoc[d]) {
        postings[p++] = (g & ~DOC_MASK) | d;
      }
      perDoc[d] = null;
    }
    Arrays.sort(postings);
    // runs of one n-gram whose df is acceptable, and for each document the runs it is in (CSR layout)
    int[] runStart = new int[16];
    int[] runEnd = new int[16];
    int runs = 0;
    int[] perDocCount = new int[n + 1];
    int from = 0;
    for (int i = 1; i <= postings.length; i++) {
      if (i == postings.length || (postings[i] & ~DOC_MASK) != (postings[from] & ~DOC_MASK)) {
        int df = i - from;
        if (df >= config.minDf() && df <= config.maxDf()) {
          if (runs == runStart.length) {
            runStart = Arrays.copyOf(runStart, runs * 2);
            runEnd = Arrays.copyOf(runEnd, runs * 2);
          }
          runStart[runs] = from;
          runEnd[runs] = i;
          runs++;
          for (int x = from; x < i; x++) {
            perDocCount[(int) (postings[x] & DOC_MASK) + 1]++;
          }
        }
        from = i;
      }
    }
    for (int d = 0; d < n; d++) {
      perDocCount[d + 1] += perDocCount[d];
    }
    int[] docRuns = new int[perDocCount[n]];
    int[] fill = Arrays.copyOf(perDocCount, n);
    for (int k = 0; k < runs; k++) {
      for (int x = runStart[k]; x < runEnd[k]; x++) {
        docRuns[fill[(int) (postings[x] & DOC_MASK)]++] = k;
      }
    }
    int[] count = new int[n];
    int[] touched = new int[n];
    long[] out = new long[16];
    int found = 0;
    for (int a = 0; a < n; a++) {
      int nt = 0;
      for (int r = perDocCount[a]; r < perDocCount[a + 1]; r++) {
        int k = docRuns[r];
        for (int x = runStart[k]; x < runEnd[k]; x++) {
          int b = (int) (postings[x] & DOC_MASK);
          if (b > a && count[b]++ == 0) {
            touched[nt++] = b;
          }
        }
      }
      Arrays.sort(touched, 0, nt);
      for (int t = 0; t < nt; t++) {
        int b = touched[t];
        if (count[b] >= config.minSharedNgrams()) {
          if (found == out.length) {
            out = Arrays.copyOf(out, found * 2);
          }
          out[found++] = ((long) a << 32) | b;
        }
        count[b] = 0;
      }
    }
    return Arrays.copyOf(out, found);
  }
}
