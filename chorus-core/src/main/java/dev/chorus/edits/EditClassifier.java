package dev.chorus.edits;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names the edits of one hunk. The cascade, in order (each step takes the tokens it explains, the rest go on):
 * <ol>
 *   <li>a whole clause or sentence on one side only: {@code attribution} when it is an attribution tag
 *       (", the ministry said"), else {@code added} or {@code dropped};</li>
 *   <li>figures whose values or units differ: {@code figure};</li>
 *   <li>hedge phrases on one side and not the other: {@code hedge};</li>
 *   <li>a different number of negators: {@code negation};</li>
 *   <li>an actor label replaced by one of another form: {@code label};</li>
 *   <li>what is left touching an attribution tag, unless only the cue verb changed: {@code attribution};</li>
 *   <li>anything else that is a word: {@code wording}.</li>
 * </ol>
 * Stateless and thread-safe.
 */
final class EditClassifier {
  /** A clause of fewer words is a phrase: "about", "not", "in the capital" are not clauses added. */
  static final int MIN_CLAUSE_WORDS = 3;

  /** An edit as token ranges of each side. */
  record Found(EditKind kind, int aFrom, int aTo, int bFrom, int bTo) {}

  private final Lexicon lexicon;

  EditClassifier(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  List<Found> classify(Hunk h, Side a, Side b) {
    List<Found> out = new ArrayList<>();
    int aw = words(a, h.aFrom(), h.aTo());
    int bw = words(b, h.bFrom(), h.bTo());
    if (aw == 0 && bw == 0) {
      return out; // punctuation only
    }
    // 1. a clause on one side only
    if (bw == 0 && aw >= MIN_CLAUSE_WORDS && a.bounded(h.aFrom(), h.aTo())) {
      out.add(new Found(isTag(a, h.aFrom(), h.aTo()) ? EditKind.ATTRIBUTION : EditKind.DROPPED,
          h.aFrom(), h.aTo(), h.bFrom(), h.bFrom()));
      return trimmed(out, a, b);
    }
    if (aw == 0 && bw >= MIN_CLAUSE_WORDS && b.bounded(h.bFrom(), h.bTo())) {
      out.add(new Found(isTag(b, h.bFrom(), h.bTo()) ? EditKind.ATTRIBUTION : EditKind.ADDED,
          h.aFrom(), h.aFrom(), h.bFrom(), h.bTo()));
      return trimmed(out, a, b);
    }
    boolean[] usedA = new boolean[h.aTo() - h.aFrom()];
    boolean[] usedB = new boolean[h.bTo() - h.bFrom()];
    HunkParts parts = new HunkParts(h, a, b, usedA, usedB);
    // 2. figures
    parts.figures(out);
    // 3. hedges
    parts.hedges(out);
    // 4. negation
    parts.negations(out, lexicon);
    // 5. labels
    parts.labels(out, lexicon);
    // 6. attribution, 7. wording: what is left
    parts.rest(out);
    return trimmed(out, a, b);
  }

  /** Word and number tokens in {@code [from, to)}. */
  static int words(Side s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (!s.token(i).isPunct()) {
        n++;
      }
    }
    return n;
  }

  /** Is a clause, but for its punctuation, an attribution tag? */
  private static boolean isTag(Side s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!s.token(i).isPunct() && !s.attributions.inTag(i)) {
        return false;
      }
    }
    return true;
  }

  /** Ranges without punctuation at their edges, so that spans hold words. */
  private static List<Found> trimmed(List<Found> found, Side a, Side b) {
    List<Found> out = new ArrayList<>(found.size());
    for (Found f : found) {
      int[] ra = trim(a, f.aFrom(), f.aTo());
      int[] rb = trim(b, f.bFrom(), f.bTo());
      out.add(new Found(f.kind(), ra[0], ra[1], rb[0], rb[1]));
    }
    return out;
  }

  private static int[] trim(Side s, int from, int to) {
    int f = from;
    int t = to;
    while (f < t && s.token(f).isPunct()) {
      f++;
    }
    while (t > f && s.token(t - 1).isPunct()) {
      t--;
    }
    return f == t ? new int[] {from, from} : new int[] {f, t};
  }

  /** Counts of each hedge phrase in a range, for comparing the two sides. */
  static Map<String, Integer> count(List<String> forms) {
    Map<String, Integer> out = new HashMap<>();
    for (String f : forms) {
      out.merge(f, 1, Integer::sum);
    }
    return out;
  }
}
