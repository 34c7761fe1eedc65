package dev.chorus.reuse;

/** Small vector helpers for cosine search. */
public final class Vectors {
  private Vectors() {}

  /** A unit-length copy; a zero vector stays zero (it is similar to nothing). */
  public static float[] normalized(float[] v) {
    double sum = 0;
    for (float x : v) {
      sum += (double) x * x;
    }
    float[] out = new float[v.length];
    if (sum == 0 || Double.isNaN(sum)) {
      return out;
    }
    float inv = (float) (1 / Math.sqrt(sum));
    for (int i = 0; i < v.length; i++) {
      out[i] = v[i] * inv;
    }
    return out;
  }

  public static double dot(float[] a, float[] b) {
    double s = 0;
    int n = Math.min(a.length, b.length);
    for (int i = 0; i < n; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  /** Cosine similarity of two vectors of any length; 0 when either is zero. */
  public static double cosine(float[] a, float[] b) {
    return dot(normalized(a), normalized(b));
  }
}
