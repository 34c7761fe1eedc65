package dev.chorus.reuse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Aligns two texts into shared passages, the way passim does: anchors are n-grams that occur exactly once in each
 * text; the longest chain of anchors increasing in both texts is kept (so reordered or repeated text does not
 * cross-link); the chain is cut where anchors are more than {@code maxGap} words apart; each piece is widened over
 * identical neighbouring words and scored by a word-level alignment (LCS) of the two stretches.
 *
 * <p>Thread-safe; linear in the texts plus the alignment of the passages found.
 */
public final class PassageAligner {
  /** Above this many cells, a passage is scored by its anchors instead of a full alignment, to bound the cost. */
  static final long MAX_ALIGNMENT_CELLS = 4_000_000;
  private static final long POSITION_MASK = (1L << 24) - 1;

  private final PassageConfig config;

  public PassageAligner(PassageConfig config) {
    this.config = config;
  }

  public List<Passage> align(String a, String b) {
    return align(WordTokens.of(a), WordTokens.of(b));
  }

  /** Passages shared by two tokenised texts, in order of the first text; character offsets into each text. */
  public List<Passage> align(WordTokens a, WordTokens b) {
    return align(a, uniqueNgrams(a), b, uniqueNgrams(b));
  }

  /**
   * Like {@link #align(WordTokens, WordTokens)} with each text's {@link #uniqueNgrams} computed beforehand, so a
   * document aligned against many others is indexed once.
   */
  List<Passage> align(WordTokens a, long[] uniqueA, WordTokens b, long[] uniqueB) {
    int n = config.ngram();
    int[][] anchors = increasingAnchors(uniqueA, uniqueB);
    List<Passage> out = new ArrayList<>();
    int from = 0;
    for (int k = 1; k <= anchors.length; k++) {
      boolean cut = k == anchors.length
          || anchors[k][0] - (anchors[k - 1][0] + n) > config.maxGap()
          || anchors[k][1] - (anchors[k - 1][1] + n) > config.maxGap();
      if (cut) {
        Passage p = passage(a, b, anchors, from, k);
        if (p != null) {
          out.add(p);
        }
        from = k;
      }
    }
    return merge(out);
  }

  /** One passage from anchors {@code [from, to)}, widened over identical words; null when too short or weak. */
  private Passage passage(WordTokens a, WordTokens b, int[][] anchors, int from, int to) {
    int n = config.ngram();
    int a0 = anchors[from][0];
    int b0 = anchors[from][1];
    int a1 = anchors[to - 1][0] + n;
    int b1 = anchors[to - 1][1] + n;
    int prevA = from == 0 ? 0 : anchors[from - 1][0] + n;
    int prevB = from == 0 ? 0 : anchors[from - 1][1] + n;
    while (a0 > prevA && b0 > prevB && a.hash(a0 - 1) == b.hash(b0 - 1)) {
      a0--;
      b0--;
    }
    while (a1 < a.size() && b1 < b.size() && a.hash(a1) == b.hash(b1)) {
      a1++;
      b1++;
    }
    if (a1 - a0 < config.minPassageWords()) {
      return null;
    }
    double similarity = similarity(a, a0, a1, b, b0, b1, (to - from) * n);
    if (similarity < config.minSimilarity()) {
      return null;
    }
    return new Passage(a.start(a0), a.end(a1 - 1), b.start(b0), b.end(b1 - 1), similarity);
  }

  /** Dice coefficient of the word LCS: 2·|LCS| / (|a| + |b|); 1 for identical wording. */
  static double similarity(WordTokens a, int a0, int a1, WordTokens b, int b0, int b1, int anchoredWords) {
    int la = a1 - a0;
    int lb = b1 - b0;
    long lcs;
    if ((long) la * lb > MAX_ALIGNMENT_CELLS) {
      lcs = Math.min(anchoredWords, Math.min(la, lb));
    } else {
      int[] prev = new int[lb + 1];
      int[] cur = new int[lb + 1];
      for (int i = 1; i <= la; i++) {
        long ha = a.hash(a0 + i - 1);
        for (int j = 1; j <= lb; j++) {
          cur[j] = ha == b.hash(b0 + j - 1) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
        }
        int[] t = prev;
        prev = cur;
        cur = t;
      }
      lcs = prev[lb];
    }
    return la + lb == 0 ? 0 : 2.0 * lcs / (la + lb);
  }

  /** Overlapping passages (on either side) become one, keeping the weaker similarity. */
  static List<Passage> merge(List<Passage> passages) {
    List<Passage> sorted = new ArrayList<>(passages);
    sorted.sort((x, y) -> Integer.compare(x.aStart(), y.aStart()));
    List<Passage> out = new ArrayList<>();
    for (Passage p : sorted) {
      Passage last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && p.aStart() < last.aEnd() && p.bStart() < last.bEnd() && last.bStart() < p.bEnd()) {
        out.set(out.size() - 1, new Passage(last.aStart(), Math.max(last.aEnd(), p.aEnd()),
            Math.min(last.bStart(), p.bStart()), Math.max(last.bEnd(), p.bEnd()),
            Math.min(last.similarity(), p.similarity())));
      } else {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * The n-grams that occur exactly once in the text, as sorted longs: 40 bits of hash above 24 bits of position
   * (texts longer than 16M words keep their first 16M as anchors).
   */
  long[] uniqueNgrams(WordTokens t) {
    long[] grams = t.ngrams(config.ngram());
    int count = Math.min(grams.length, 1 << 24);
    long[] keyed = new long[count];
    for (int i = 0; i < count; i++) {
      keyed[i] = (grams[i] & ~POSITION_MASK) | i;
    }
    Arrays.sort(keyed);
    long[] out = new long[count];
    int m = 0;
    int i = 0;
    while (i < count) {
      int j = i + 1;
      while (j < count && (keyed[j] & ~POSITION_MASK) == (keyed[i] & ~POSITION_MASK)) {
        j++;
      }
      if (j == i + 1) {
        out[m++] = keyed[i];
      }
      i = j;
    }
    return Arrays.copyOf(out, m);
  }

  /** Shared unique n-grams as (posA, posB), reduced to the longest chain increasing in both (passim's LIS). */
  static int[][] increasingAnchors(long[] inA, long[] inB) {
    List<int[]> matches = new ArrayList<>();
    int x = 0;
    int y = 0;
    while (x < inA.length && y < inB.length) {
      long ha = inA[x] & ~POSITION_MASK;
      long hb = inB[y] & ~POSITION_MASK;
      if (ha == hb) {
        matches.add(new int[] {(int) (inA[x] & POSITION_MASK), (int) (inB[y] & POSITION_MASK)});
        x++;
        y++;
      } else if (ha < hb) {
        x++;
      } else {
        y++;
      }
    }
    matches.sort((p, q) -> Integer.compare(p[0], q[0]));
    int m = matches.size();
    // patience-sorting LIS on posB, O(m log m)
    int[] tailIdx = new int[m];
    int[] prevIdx = new int[m];
    int len = 0;
    for (int i = 0; i < m; i++) {
      int v = matches.get(i)[1];
      int lo = 0;
      int hi = len;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (matches.get(tailIdx[mid])[1] < v) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      prevIdx[i] = lo > 0 ? tailIdx[lo - 1] : -1;
      tailIdx[lo] = i;
      if (lo == len) {
        len++;
      }
    }
    int[][] chain = new int[len][];
    int k = len == 0 ? -1 : tailIdx[len - 1];
    for (int i = len - 1; i >= 0; i--) {
      chain[i] = matches.get(k);
      k = prevIdx[k];
    }
    return Arrays.copyOf(chain, len);
  }
}
