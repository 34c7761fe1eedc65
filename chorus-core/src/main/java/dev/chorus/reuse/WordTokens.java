package dev.chorus.reuse;

import dev.chorus.text.WordSplitter;
import java.util.Arrays;

/**
 * The words of a text ({@link WordSplitter}: maximal runs of letters or digits), lower-cased and hashed, with the
 * character span each came from, so punctuation, quotes and spacing never break a match between two texts.
 *
 * <p>Immutable; {@link #of} accepts any string, including empty or hostile text.
 */
public final class WordTokens {
  private static final WordTokens EMPTY = new WordTokens(new long[0], new int[0], new int[0]);

  private final long[] hashes;
  private final int[] starts;
  private final int[] ends;

  private WordTokens(long[] hashes, int[] starts, int[] ends) {
    this.hashes = hashes;
    this.starts = starts;
    this.ends = ends;
  }

  public static WordTokens of(String text) {
    if (text == null || text.isEmpty()) {
      return EMPTY;
    }
    Builder b = new Builder(text);
    WordSplitter.forEach(text, b::add);
    return b.build();
  }

  /** Hashes each word as the splitter finds it, into arrays that grow by doubling. */
  private static final class Builder {
    private final String text;
    private long[] h = new long[16];
    private int[] s = new int[16];
    private int[] e = new int[16];
    private int n;

    Builder(String text) {
      this.text = text;
    }

    void add(int start, int end) {
      long hash = 0xcbf29ce484222325L;
      for (int i = start; i < end; ) {
        int cp = text.codePointAt(i);
        // FNV-1a over lower-cased code points; Character.toLowerCase(int) is locale-independent
        hash = (hash ^ Character.toLowerCase(cp)) * 0x100000001b3L;
        i += Character.charCount(cp);
      }
      if (n == h.length) {
        h = Arrays.copyOf(h, n * 2);
        s = Arrays.copyOf(s, n * 2);
        e = Arrays.copyOf(e, n * 2);
      }
      h[n] = Hashing.mix(hash);
      s[n] = start;
      e[n] = end;
      n++;
    }

    WordTokens build() {
      return new WordTokens(Arrays.copyOf(h, n), Arrays.copyOf(s, n), Arrays.copyOf(e, n));
    }
  }

  public int size() {
    return hashes.length;
  }

  /** The hash of word {@code i}; equal words (ignoring case) have equal hashes. */
  public long hash(int i) {
    return hashes[i];
  }

  /** Start (inclusive) of word {@code i} in the text. */
  public int start(int i) {
    return starts[i];
  }

  /** End (exclusive) of word {@code i} in the text. */
  public int end(int i) {
    return ends[i];
  }

  /**
   * Hashes of every run of {@code n} consecutive words, in text order (one per start position; none when the text
   * has fewer than {@code n} words).
   */
  public long[] ngrams(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be positive: " + n);
    }
    int count = hashes.length - n + 1;
    if (count <= 0) {
      return new long[0];
    }
    long[] out = new long[count];
    for (int i = 0; i < count; i++) {
      long h = 0;
      for (int k = 0; k < n; k++) {
        h = Hashing.mix(h * 31 + hashes[i + k]);
      }
      out[i] = h;
    }
    return out;
  }

  /** The distinct {@code n}-word shingles, sorted: the set that Jaccard similarity and MinHash work on. */
  public long[] shingleSet(int n) {
    long[] g = ngrams(n);
    Arrays.sort(g);
    int m = 0;
    for (int i = 0; i < g.length; i++) {
      if (i == 0 || g[i] != g[i - 1]) {
        g[m++] = g[i];
      }
    }
    return Arrays.copyOf(g, m);
  }
}
