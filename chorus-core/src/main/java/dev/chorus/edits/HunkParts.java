package dev.chorus.edits;

import dev.chorus.edits.EditClassifier.Found;
import java.util.ArrayList;
import java.util.List;

/**
 * Steps 2-7 of {@link EditClassifier}'s cascade on one hunk: each step names the tokens it explains and marks them
 * used, so that what one step explains is never named again by a later one.
 */
final class HunkParts {
  private final Hunk h;
  private final Side a;
  private final Side b;
  private final boolean[] usedA;
  private final boolean[] usedB;

  HunkParts(Hunk h, Side a, Side b, boolean[] usedA, boolean[] usedB) {
    this.h = h;
    this.a = a;
    this.b = b;
    this.usedA = usedA;
    this.usedB = usedB;
  }

  /** Figures touched on each side, paired in order; a pair that differs, or unpaired figures, are edits. */
  void figures(List<Found> out) {
    List<Figures.Figure> fa = touched(a, h.aFrom(), h.aTo());
    List<Figures.Figure> fb = touched(b, h.bFrom(), h.bTo());
    if (fa.isEmpty() && fb.isEmpty()) {
      return;
    }
    if (fa.size() == fb.size()) {
      for (int i = 0; i < fa.size(); i++) {
        if (!fa.get(i).sameAs(fb.get(i))) {
          out.add(new Found(EditKind.FIGURE, fa.get(i).from(), fa.get(i).to(), fb.get(i).from(), fb.get(i).to()));
        }
      }
    } else {
      int[] ra = cover(fa, h.aFrom());
      int[] rb = cover(fb, h.bFrom());
      out.add(new Found(EditKind.FIGURE, ra[0], ra[1], rb[0], rb[1]));
    }
    for (Figures.Figure f : fa) {
      use(usedA, h.aFrom(), f.from(), f.to());
    }
    for (Figures.Figure f : fb) {
      use(usedB, h.bFrom(), f.from(), f.to());
    }
  }

  /** Hedge phrases in the hunk; when the two sides' phrases differ, one edit over all of them. */
  void hedges(List<Found> out) {
    List<Integer> ha = hedgeStarts(a, h.aFrom(), h.aTo(), usedA);
    List<Integer> hb = hedgeStarts(b, h.bFrom(), h.bTo(), usedB);
    if (ha.isEmpty() && hb.isEmpty()) {
      return;
    }
    List<String> pa = new ArrayList<>();
    ha.forEach(i -> pa.add(a.hedgeForm(i)));
    List<String> pb = new ArrayList<>();
    hb.forEach(i -> pb.add(b.hedgeForm(i)));
    int[] ra = hedgeCover(a, ha, h.aFrom(), usedA);
    int[] rb = hedgeCover(b, hb, h.bFrom(), usedB);
    if (!EditClassifier.count(pa).equals(EditClassifier.count(pb))) {
      out.add(new Found(EditKind.HEDGE, ra[0], ra[1], rb[0], rb[1]));
      // "just under 13" → "just 13": the "just" left on the other side is part of the hedge, not a wording edit
      useWordsOf(b, h.bFrom(), h.bTo(), usedB, pa);
      useWordsOf(a, h.aFrom(), h.aTo(), usedA, pb);
    }
  }

  private static void useWordsOf(Side s, int from, int to, boolean[] used, List<String> phrases) {
    java.util.Set<String> words = new java.util.HashSet<>();
    phrases.forEach(p -> words.addAll(List.of(p.split(" "))));
    for (int i = from; i < to; i++) {
      if (words.contains(s.token(i).form())) {
        used[i - from] = true;
      }
    }
  }

  /** A negator more on one side than the other. */
  void negations(List<Found> out, Lexicon lexicon) {
    List<Integer> na = unused(a, h.aFrom(), h.aTo(), usedA, i -> lexicon.isNegation(a.token(i)));
    List<Integer> nb = unused(b, h.bFrom(), h.bTo(), usedB, i -> lexicon.isNegation(b.token(i)));
    if (na.size() == nb.size()) {
      return;
    }
    int[] ra = negationSide(a, na, h.aFrom(), h.aTo(), usedA, nb.isEmpty() ? 0 : 1);
    int[] rb = negationSide(b, nb, h.bFrom(), h.bTo(), usedB, na.isEmpty() ? 0 : 1);
    out.add(new Found(EditKind.NEGATION, ra[0], ra[1], rb[0], rb[1]));
  }

  /** Actor labels paired in order; a pair of different words is a label edit. */
  void labels(List<Found> out, Lexicon lexicon) {
    if (EditClassifier.words(a, h.aFrom(), h.aTo()) > MAX_LABEL_HUNK
        || EditClassifier.words(b, h.bFrom(), h.bTo()) > MAX_LABEL_HUNK) {
      return; // in a rewritten clause, labels paired by order are not one replaced by the other
    }
    List<Integer> la = unused(a, h.aFrom(), h.aTo(), usedA, i -> lexicon.labelGroup(a.token(i)) != null);
    List<Integer> lb = unused(b, h.bFrom(), h.bTo(), usedB, i -> lexicon.labelGroup(b.token(i)) != null);
    for (int k = 0; k < Math.min(la.size(), lb.size()); k++) {
      int i = la.get(k);
      int j = lb.get(k);
      String x = dev.chorus.framing.ActorLabels.normalise(a.token(i).form());
      String y = dev.chorus.framing.ActorLabels.normalise(b.token(j).form());
      if (!x.equals(y)) {
        out.add(new Found(EditKind.LABEL, i, i + 1, j, j + 1));
        use(usedA, h.aFrom(), i, i + 1);
        use(usedB, h.bFrom(), j, j + 1);
      }
    }
  }

  /** The words no step explained: attribution when they touch a tag (beyond a changed cue verb), else wording. */
  void rest(List<Found> out) {
    List<Integer> ra = unused(a, h.aFrom(), h.aTo(), usedA, i -> !a.token(i).isPunct());
    List<Integer> rb = unused(b, h.bFrom(), h.bTo(), usedB, i -> !b.token(i).isPunct());
    if (ra.isEmpty() && rb.isEmpty()) {
      return;
    }
    boolean tag = false;
    boolean onlyCues = true;
    for (int i : ra) {
      tag |= a.attributions.inTag(i);
      onlyCues &= a.attributions.isCue(i);
    }
    for (int j : rb) {
      tag |= b.attributions.inTag(j);
      onlyCues &= b.attributions.isCue(j);
    }
    List<Integer> freeA = ra.stream().filter(i -> !a.attributions.inTag(i)).toList();
    List<Integer> freeB = rb.stream().filter(j -> !b.attributions.inTag(j)).toList();
    if (tag && !onlyCues && Math.max(freeA.size(), freeB.size()) >= REWORDED) {
      // a rewritten passage that also lost or changed its tag: the tag is the attribution, the rest wording
      int[] ta = span(ra.stream().filter(a.attributions::inTag).toList(), h.aFrom());
      int[] tb = span(rb.stream().filter(b.attributions::inTag).toList(), h.bFrom());
      out.add(new Found(EditKind.ATTRIBUTION, ta[0], ta[1], tb[0], tb[1]));
      int[] wa = span(freeA, h.aFrom());
      int[] wb = span(freeB, h.bFrom());
      out.add(new Found(EditKind.WORDING, wa[0], wa[1], wb[0], wb[1]));
      return;
    }
    int[] sa = span(ra, h.aFrom());
    int[] sb = span(rb, h.bFrom());
    out.add(new Found(tag && !onlyCues ? EditKind.ATTRIBUTION : EditKind.WORDING, sa[0], sa[1], sb[0], sb[1]));
  }

  /** Longest side of a hunk whose labels are paired: a label with an adjective or two ("peaceful protesters"). */
  static final int MAX_LABEL_HUNK = 4;

  /** Words outside any tag from which a hunk is a rewording with an attribution in it, not an attribution alone. */
  static final int REWORDED = 4;

  private static List<Figures.Figure> touched(Side s, int from, int to) {
    List<Figures.Figure> out = new ArrayList<>();
    int last = -1;
    for (int i = from; i < to; i++) {
      int f = s.figures.figureAt(i);
      if (f >= 0 && f != last) {
        out.add(s.figures.get(f));
        last = f;
      }
    }
    return out;
  }

  private static int[] cover(List<Figures.Figure> figures, int at) {
    if (figures.isEmpty()) {
      return new int[] {at, at};
    }
    return new int[] {figures.get(0).from(), figures.get(figures.size() - 1).to()};
  }

  private static List<Integer> hedgeStarts(Side s, int from, int to, boolean[] used) {
    List<Integer> out = new ArrayList<>();
    for (int i = from; i < to; i++) {
      if (!used[i - from] && s.hedgeAt(i) == i) {
        out.add(i);
      }
    }
    return out;
  }

  private int[] hedgeCover(Side s, List<Integer> starts, int at, boolean[] used) {
    if (starts.isEmpty()) {
      return new int[] {at, at};
    }
    int first = starts.get(0);
    int end = first;
    for (int start : starts) {
      int k = start;
      while (k < s.size() && s.hedgeAt(k) == start) {
        k++;
      }
      use(used, at, start, k);
      end = k;
    }
    return new int[] {first, end};
  }

  /**
   * The negators of one side; when it has none and the other side has some, the few words that stand in for them
   * ("are" for "aren't"), or the point of the hunk.
   */
  private static int[] negationSide(Side s, List<Integer> negators, int from, int to, boolean[] used, int other) {
    if (!negators.isEmpty()) {
      use(used, from, negators.get(0), negators.get(negators.size() - 1) + 1);
      return new int[] {negators.get(0), negators.get(negators.size() - 1) + 1};
    }
    List<Integer> words = unused(s, from, to, used, i -> !s.token(i).isPunct());
    if (other > 0 && !words.isEmpty() && words.size() <= 2) {
      use(used, from, words.get(0), words.get(words.size() - 1) + 1);
      return new int[] {words.get(0), words.get(words.size() - 1) + 1};
    }
    return new int[] {from, from};
  }

  private static List<Integer> unused(Side s, int from, int to, boolean[] used, java.util.function.IntPredicate p) {
    List<Integer> out = new ArrayList<>();
    for (int i = from; i < to; i++) {
      if (!used[i - from] && p.test(i)) {
        out.add(i);
      }
    }
    return out;
  }

  private static int[] span(List<Integer> tokens, int at) {
    return tokens.isEmpty() ? new int[] {at, at} : new int[] {tokens.get(0), tokens.get(tokens.size() - 1) + 1};
  }

  private static void use(boolean[] used, int offset, int from, int to) {
    for (int i = Math.max(from, offset); i < Math.min(to, offset + used.length); i++) {
      used[i - offset] = true;
    }
  }
}
