package dev.chorus.reuse;

import java.util.List;

/** The passages two documents (by index, {@code a < b}) share, in order of the first. */
public record PassagePair(int a, int b, List<Passage> passages) {
  public PassagePair {
    passages = List.copyOf(passages);
  }

  /** Share of {@code length} characters covered by the passages on side a. */
  public double coverageOfA(int length) {
    long covered = 0;
    for (Passage p : passages) {
      covered += p.aEnd() - p.aStart();
    }
    return length == 0 ? 0 : Math.min(1.0, (double) covered / length);
  }

  public double coverageOfB(int length) {
    long covered = 0;
    for (Passage p : passages) {
      covered += p.bEnd() - p.bStart();
    }
    return length == 0 ? 0 : Math.min(1.0, (double) covered / length);
  }
}
