package dev.chorus.edits;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MeyersDiff;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;

/**
 * Aligns two token lists word by word with Myers' diff (java-diff-utils' {@code MeyersDiff}: its linear-space
 * variant splits one replaced word into an insertion and a deletion) and returns what differs as hunks. A hunk that
 * cuts through a figure or a hedge phrase ("at least" → "at most" differs in one word) is widened to take all of
 * it on both sides, since the tokens around a hunk are equal pairs; hunks that then meet are merged.
 */
final class WordAligner {
  private WordAligner() {}

  static List<Hunk> align(Side a, Side b) {
    List<String> fa = forms(a);
    List<String> fb = forms(b);
    List<Hunk> raw = new ArrayList<>();
    for (AbstractDelta<String> d : DiffUtils.diff(fa, fb, new MeyersDiff<>(), null).getDeltas()) {
      int af = d.getSource().getPosition();
      int bf = d.getTarget().getPosition();
      raw.add(new Hunk(af, af + d.getSource().size(), bf, bf + d.getTarget().size()));
    }
    List<Hunk> out = new ArrayList<>();
    for (Hunk h : merged(raw)) {
      Hunk w = widen(h, a, b);
      if (!out.isEmpty() && out.get(out.size() - 1).touches(w)) {
        out.set(out.size() - 1, out.get(out.size() - 1).union(w));
      } else {
        out.add(w);
      }
    }
    return out;
  }

  private static List<Hunk> merged(List<Hunk> hunks) {
    List<Hunk> out = new ArrayList<>();
    for (Hunk h : hunks) {
      if (!out.isEmpty() && out.get(out.size() - 1).touches(h)) {
        out.set(out.size() - 1, out.get(out.size() - 1).union(h));
      } else {
        out.add(h);
      }
    }
    return out;
  }

  private static Hunk widen(Hunk h, Side a, Side b) {
    int af = h.aFrom();
    int at = h.aTo();
    int bf = h.bFrom();
    int bt = h.bTo();
    while (af > 0 && bf > 0 && (joined(a, af - 1, af, at) || joined(b, bf - 1, bf, bt))) {
      af--;
      bf--;
    }
    while (at < a.size() && bt < b.size() && (joined(a, at, af, at) || joined(b, bt, bf, bt))) {
      at++;
      bt++;
    }
    return new Hunk(af, at, bf, bt);
  }

  /** Does token {@code i}, outside {@code [from, to)}, belong to a figure or hedge that has a token inside it? */
  private static boolean joined(Side s, int i, int from, int to) {
    int f = s.figures.figureAt(i);
    int h = s.hedgeAt(i);
    int beside = i < from ? from : to - 1;
    if (from >= to) {
      // an insertion point: join a unit the point splits ("5 [] pct")
      int left = from - 1;
      int right = from;
      return i == left ? sameUnit(s, left, right) : i == right && sameUnit(s, left, right);
    }
    return (f >= 0 && f == s.figures.figureAt(beside)) || (h >= 0 && h == s.hedgeAt(beside));
  }

  private static boolean sameUnit(Side s, int left, int right) {
    if (left < 0 || right >= s.size()) {
      return false;
    }
    int f = s.figures.figureAt(left);
    int h = s.hedgeAt(left);
    return (f >= 0 && f == s.figures.figureAt(right)) || (h >= 0 && h == s.hedgeAt(right));
  }

  private static List<String> forms(Side s) {
    List<String> out = new ArrayList<>(s.size());
    for (Token t : s.tokens) {
      out.add(t.form());
    }
    return out;
  }
}
