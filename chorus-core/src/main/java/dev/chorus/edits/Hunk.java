package dev.chorus.edits;

/** Tokens {@code [aFrom, aTo)} of one side replaced by {@code [bFrom, bTo)} of the other (either may be empty). */
record Hunk(int aFrom, int aTo, int bFrom, int bTo) {
  boolean touches(Hunk o) {
    return o.aFrom <= aTo && o.bFrom <= bTo;
  }

  Hunk union(Hunk o) {
    return new Hunk(Math.min(aFrom, o.aFrom), Math.max(aTo, o.aTo), Math.min(bFrom, o.bFrom), Math.max(bTo, o.bTo));
  }
}
