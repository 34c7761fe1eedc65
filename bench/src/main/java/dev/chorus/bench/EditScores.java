package dev.chorus.bench;

import dev.chorus.edits.Edit;
import dev.chorus.edits.EditKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Recall and precision per kind of edits found against edits injected. A found edit matches an injected one of
 * the same kind when their characters overlap on a side where the injected edit has text (an empty found side
 * matches when it stands inside or at the edge of the injected text).
 */
final class EditScores {
  /** Counts of one kind. */
  static final class Counts {
    int gold;
    int goldFound;
    int found;
    int foundRight;

    double recall() {
      return gold == 0 ? Double.NaN : (double) goldFound / gold;
    }

    double precision() {
      return found == 0 ? Double.NaN : (double) foundRight / found;
    }
  }

  final Map<EditKind, Counts> byKind = new EnumMap<>(EditKind.class);

  EditScores() {
    for (EditKind k : EditKind.values()) {
      byKind.put(k, new Counts());
    }
  }

  /** Adds one pair: its injected edits and the edits found. */
  void add(List<InjectedPairs.Gold> gold, List<Edit> found) {
    for (InjectedPairs.Gold g : gold) {
      Counts c = byKind.get(g.kind());
      c.gold++;
      if (found.stream().anyMatch(f -> matches(f, g))) {
        c.goldFound++;
      }
    }
    for (Edit f : found) {
      Counts c = byKind.get(f.kind());
      c.found++;
      if (gold.stream().anyMatch(g -> matches(f, g))) {
        c.foundRight++;
      }
    }
  }

  static boolean matches(Edit f, InjectedPairs.Gold g) {
    if (f.kind() != g.kind()) {
      return false;
    }
    boolean a = g.aStart() < g.aEnd() && overlaps(f.a().start(), f.a().end(), g.aStart(), g.aEnd());
    boolean b = g.bStart() < g.bEnd() && overlaps(f.b().start(), f.b().end(), g.bStart(), g.bEnd());
    return a || b;
  }

  private static boolean overlaps(int s, int e, int gs, int ge) {
    if (s == e) {
      return s >= gs && s <= ge;
    }
    return s < ge && gs < e;
  }

  /** The lowest recall and precision over the kinds that have gold edits (NaN precision counts as 0). */
  double worst() {
    double w = 1;
    for (Counts c : byKind.values()) {
      if (c.gold > 0) {
        w = Math.min(w, Math.min(c.recall(), Double.isNaN(c.precision()) ? 0 : c.precision()));
      }
    }
    return w;
  }
}
