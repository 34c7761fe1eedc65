package dev.chorus.edits;

import java.util.Locale;

/** What a copier changed, weightiest first: the order in which an analyst wants to see edits. */
public enum EditKind {
  /** A number changed (by value or unit): "3,000" / "2,500". */
  FIGURE,
  /** A source added, removed or changed: ", the ministry said" dropped, "said X" → "said Y". */
  ATTRIBUTION,
  /** "not", "no", "never" added or removed. */
  NEGATION,
  /** One actor label replaced by another: "protesters" → "rioters", "government" → "regime". */
  LABEL,
  /** An approximator or evidential added or removed: "about", "reportedly", "according to reports". */
  HEDGE,
  /** A sentence or clause only in the copy. */
  ADDED,
  /** A sentence or clause only in the original. */
  DROPPED,
  /** Any other change. */
  WORDING;

  /** The name as the export writes it: {@code figure}, {@code hedge}, … */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** 1 = weightiest; the UI and the tables order edits by it. */
  public int rank() {
    return ordinal() + 1;
  }

  public static EditKind of(String label) {
    return valueOf(label.strip().toUpperCase(Locale.ROOT));
  }
}
