package dev.chorus.edits;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MeyersDiff;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;

/**
 * Aligns two token lists word by word with Myers' diff (java-diff-utils' {@code MeyersDiff}: its linear-space
 * variant splits one replaced word into an insertion and a deletion) and returns what differs as hunks.
 *
 * <p>Myers' script is minimal but not always the one a reader would write: a dropped sentence that shares "the" or
 * "said" with the next one comes out as pieces of deletion around those shared words. Hunks separated by a short
 * run of equal tokens are therefore merged when they outweigh it, and each hunk then gives back the tokens its two
 * sides begin or end with alike, so the dropped sentence is one deletion again. A hunk that
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
    for (Hunk h : absorbed(merged(raw), fa, fb)) {
      Hunk w = widen(slid(h, a, b), a, b);
      if (!out.isEmpty() && out.get(out.size() - 1).touches(w)) {
        out.set(out.size() - 1, out.get(out.size() - 1).union(w));
      } else {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * Longest equal run merged into the hunks around it: three tokens ("the company said"); and only when the two
   * hunks hold at least {@code 2 * run + 2} tokens between them, so two one-word changes a word apart stay two;
   * never across a full stop, so two sentences' rewordings stay two edits.
   */
  static final int MAX_ABSORBED = 3;

  private static List<Hunk> absorbed(List<Hunk> hunks, List<String> fa, List<String> fb) {
    List<Hunk> out = new ArrayList<>();
    for (Hunk h : hunks) {
      if (!out.isEmpty()) {
        Hunk last = out.get(out.size() - 1);
        int run = h.aFrom() - last.aTo();
        int weight = Math.max(last.aTo() - last.aFrom(), last.bTo() - last.bFrom())
            + Math.max(h.aTo() - h.aFrom(), h.bTo() - h.bFrom());
        if (run <= MAX_ABSORBED && weight >= 2 * run + 2 && !endsSentence(fa, last.aTo(), h.aFrom())) {
          out.set(out.size() - 1, last.union(h));
          continue;
        }
      }
      out.add(h);
    }
    List<Hunk> stripped = new ArrayList<>(out.size());
    for (Hunk h : out) {
      stripped.add(strip(h, fa, fb));
    }
    return stripped;
  }

  /**
   * A one-sided hunk moved, among the places where it deletes (or inserts) the same tokens, to one where its words
   * are a clause: "[also face … customers. Banks] held" is "Banks [also face … customers.] Banks held" slid one
   * token, and only the first is a dropped sentence.
   */
  static Hunk slid(Hunk h, Side a, Side b) {
    boolean deletion = h.bFrom() == h.bTo() && h.aFrom() < h.aTo();
    boolean insertion = h.aFrom() == h.aTo() && h.bFrom() < h.bTo();
    if (!deletion && !insertion) {
      return h;
    }
    Side s = deletion ? a : b;
    int from = deletion ? h.aFrom() : h.bFrom();
    int to = deletion ? h.aTo() : h.bTo();
    if (s.bounded(from, to)) {
      return h;
    }
    int left = 0;
    while (from - left > 0 && s.token(from - left - 1).form().equals(s.token(to - left - 1).form())) {
      left++;
    }
    int right = 0;
    while (to + right < s.size() && s.token(from + right).form().equals(s.token(to + right).form())) {
      right++;
    }
    for (int shift = -left; shift <= right; shift++) {
      if (shift != 0 && s.bounded(from + shift, to + shift)) {
        return new Hunk(h.aFrom() + shift, h.aTo() + shift, h.bFrom() + shift, h.bTo() + shift);
      }
    }
    return h;
  }

  /** Does {@code [from, to)} hold a full stop, so that merging across it would join two sentences' edits? */
  private static boolean endsSentence(List<String> forms, int from, int to) {
    for (int i = from; i < to; i++) {
      String f = forms.get(i);
      if (f.equals(".") || f.equals("!") || f.equals("?")) {
        return true;
      }
    }
    return false;
  }

  /** The hunk without the tokens its two sides end, then begin, with alike. */
  private static Hunk strip(Hunk h, List<String> fa, List<String> fb) {
    int af = h.aFrom();
    int at = h.aTo();
    int bf = h.bFrom();
    int bt = h.bTo();
    while (at > af && bt > bf && fa.get(at - 1).equals(fb.get(bt - 1))) {
      at--;
      bt--;
    }
    while (at > af && bt > bf && fa.get(af).equals(fb.get(bf))) {
      af++;
      bf++;
    }
    return new Hunk(af, at, bf, bt);
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
