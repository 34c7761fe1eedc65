package dev.chorus.model;

import java.util.Arrays;

/**
 * Maps offsets of a derived text (after cleaning) back to the text it was derived from, like Lucene's
 * {@code CharFilter#correctOffset}. The derived text is a concatenation of kept pieces of the original;
 * each piece is stored as (derivedStart, originalStart, length). Characters inserted by cleaning
 * (none today) would map to the offset of the next kept character.
 *
 * <p>Immutable and thread-safe.
 */
public final class OffsetMap {
  private final int[] derivedStarts;
  private final int[] originalStarts;
  private final int[] lengths;

  private OffsetMap(int[] derivedStarts, int[] originalStarts, int[] lengths) {
    this.derivedStarts = derivedStarts;
    this.originalStarts = originalStarts;
    this.lengths = lengths;
  }

  /** The map of a text that is its own original. */
  public static OffsetMap identity(int length) {
    return new OffsetMap(new int[] {0}, new int[] {0}, new int[] {length});
  }

  public static OffsetMap of(int[] derivedStarts, int[] originalStarts, int[] lengths) {
    if (derivedStarts.length != originalStarts.length || derivedStarts.length != lengths.length) {
      throw new IllegalArgumentException("segment arrays differ in length");
    }
    return new OffsetMap(derivedStarts.clone(), originalStarts.clone(), lengths.clone());
  }

  public int segmentCount() {
    return lengths.length;
  }

  public int derivedStart(int segment) {
    return derivedStarts[segment];
  }

  public int originalStart(int segment) {
    return originalStarts[segment];
  }

  public int length(int segment) {
    return lengths[segment];
  }

  /** Length of the derived text this map covers. */
  public int derivedLength() {
    int n = lengths.length;
    return n == 0 ? 0 : derivedStarts[n - 1] + lengths[n - 1];
  }

  /**
   * The original offset of a derived offset. An offset at the end of a piece maps to the end of that piece
   * in the original, so a span {@code [s, e)} maps to the original characters it was cut from.
   */
  public int toOriginal(int derivedOffset) {
    if (lengths.length == 0) {
      return 0;
    }
    int i = Arrays.binarySearch(derivedStarts, derivedOffset);
    if (i >= 0) {
      // Start of a piece; an end offset equal to the next piece's start is still the end of the previous one
      // only when asked as an end: see toOriginalEnd.
      return originalStarts[i];
    }
    int seg = Math.max(0, -i - 2);
    return originalStarts[seg] + Math.min(derivedOffset - derivedStarts[seg], lengths[seg]);
  }

  /** Like {@link #toOriginal} but an offset that ends a piece maps to the end of that piece. */
  public int toOriginalEnd(int derivedOffset) {
    if (lengths.length == 0) {
      return 0;
    }
    int i = Arrays.binarySearch(derivedStarts, derivedOffset);
    int seg = i >= 0 ? Math.max(0, i - 1) : Math.max(0, -i - 2);
    if (i == 0) {
      return originalStarts[0];
    }
    return originalStarts[seg] + Math.min(derivedOffset - derivedStarts[seg], lengths[seg]);
  }

  /** Composes {@code this} (c→b) after {@code inner} (b→a), giving c→a. */
  public OffsetMap compose(OffsetMap inner) {
    var b = new Builder();
    for (int s = 0; s < lengths.length; s++) {
      int d = derivedStarts[s];
      int o = originalStarts[s];
      int remaining = lengths[s];
      while (remaining > 0) {
        int seg = inner.segmentContaining(o);
        if (seg < 0) {
          break;
        }
        int offsetInSeg = o - inner.derivedStarts[seg];
        int take = Math.min(remaining, inner.lengths[seg] - offsetInSeg);
        b.keep(d, inner.originalStarts[seg] + offsetInSeg, take);
        d += take;
        o += take;
        remaining -= take;
      }
    }
    return b.build();
  }

  private int segmentContaining(int derivedOffset) {
    int i = Arrays.binarySearch(derivedStarts, derivedOffset);
    int seg = i >= 0 ? i : -i - 2;
    if (seg < 0 || derivedOffset >= derivedStarts[seg] + lengths[seg]) {
      return -1;
    }
    return seg;
  }

  /** Collects kept pieces in derived order; adjacent pieces that are contiguous in both texts merge. */
  public static final class Builder {
    private int[] d = new int[8];
    private int[] o = new int[8];
    private int[] l = new int[8];
    private int n;

    public Builder keep(int derivedStart, int originalStart, int length) {
      if (length <= 0) {
        return this;
      }
      if (n > 0 && d[n - 1] + l[n - 1] == derivedStart && o[n - 1] + l[n - 1] == originalStart) {
        l[n - 1] += length;
        return this;
      }
      if (n == d.length) {
        d = Arrays.copyOf(d, n * 2);
        o = Arrays.copyOf(o, n * 2);
        l = Arrays.copyOf(l, n * 2);
      }
      d[n] = derivedStart;
      o[n] = originalStart;
      l[n] = length;
      n++;
      return this;
    }

    public OffsetMap build() {
      return new OffsetMap(Arrays.copyOf(d, n), Arrays.copyOf(o, n), Arrays.copyOf(l, n));
    }
  }
}
