package dev.chorus.claims;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Groups claims about the same quantity (same {@link Claim#key()}) across articles and gives each group a verdict.
 * Pairs of claims from different articles are judged by the first rule that applies:
 * <ol>
 *   <li>{@code different-times}: both figures refer to a stated day and the days differ: compatible (tolls grow);</li>
 *   <li>{@code same-interval}: the hedged figures allow exactly the same values ("more than 700", "over 700"):
 *       agree;</li>
 *   <li>{@code disjoint-intervals}: no value satisfies both ("about 3,000", "about 2,500"): conflict;</li>
 *   <li>{@code same-figure-hedged}: the same figure, rounded in one source ("about 3,000", "3,000"): agree;</li>
 *   <li>{@code overlapping-intervals}: some values satisfy both ("at least 6", "8"): compatible.</li>
 * </ol>
 * A group's verdict is conflict if any pair conflicts, agree if every pair agrees, else compatible. A group whose
 * claims all come from one article, and every claim without a key, is listed as single-source.
 */
public final class ClaimComparer {

  /** The verdict on one pair, with the rule that gave it. */
  public record PairVerdict(Verdict verdict, String rule) {}

  public List<Comparison> compare(List<Claim> claims) {
    Map<String, List<NumberClaim>> groups = new LinkedHashMap<>();
    List<Comparison> out = new ArrayList<>();
    List<Comparison> single = new ArrayList<>();
    for (Claim claim : claims) {
      if (!(claim instanceof NumberClaim c)) {
        continue;
      }
      if (c.key() == null) {
        single.add(new Comparison(null, Verdict.SINGLE_SOURCE, "not-comparable", List.of(c.id()),
            "only " + c.article() + " states " + describe(c) + "; it does not say "
                + (c.concept() == null ? "whom it counts" : "what happened to them") + ", so it is compared with nothing"));
        continue;
      }
      groups.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(c);
    }
    for (Map.Entry<String, List<NumberClaim>> g : groups.entrySet()) {
      List<NumberClaim> members = g.getValue();
      Set<String> articles = new LinkedHashSet<>();
      List<String> ids = new ArrayList<>();
      for (NumberClaim c : members) {
        articles.add(c.article());
        ids.add(c.id());
      }
      if (articles.size() < 2) {
        single.add(new Comparison(g.getKey(), Verdict.SINGLE_SOURCE, "one-article", ids,
            "only " + members.get(0).article() + " states " + describe(members.get(0))));
      } else {
        out.add(judgeGroup(g.getKey(), members, ids));
      }
    }
    out.addAll(single);
    return out;
  }

  private static Comparison judgeGroup(String key, List<NumberClaim> members, List<String> ids) {
    NumberClaim[] firstPair = null;
    PairVerdict first = null;
    NumberClaim[] conflictPair = null;
    PairVerdict conflict = null;
    NumberClaim[] otherPair = null;
    PairVerdict other = null;
    for (int i = 0; i < members.size(); i++) {
      for (int j = i + 1; j < members.size(); j++) {
        NumberClaim a = members.get(i);
        NumberClaim b = members.get(j);
        if (a.article().equals(b.article())) {
          continue;
        }
        PairVerdict v = judge(a, b);
        if (first == null) {
          first = v;
          firstPair = new NumberClaim[] {a, b};
        }
        if (v.verdict() == Verdict.CONFLICT && conflict == null) {
          conflict = v;
          conflictPair = new NumberClaim[] {a, b};
        } else if (v.verdict() == Verdict.COMPATIBLE && other == null) {
          other = v;
          otherPair = new NumberClaim[] {a, b};
        }
      }
    }
    Objects.requireNonNull(first, "a group spans two articles");
    PairVerdict decisive = conflict != null ? conflict : other != null ? other : first;
    NumberClaim[] pair = conflict != null ? conflictPair : other != null ? otherPair : firstPair;
    String reason = decisive.rule() + ": " + describe(pair[0]) + " in " + pair[0].article() + " vs "
        + describe(pair[1]) + " in " + pair[1].article();
    return new Comparison(key, decisive.verdict(), decisive.rule(), ids, reason);
  }

  /** The verdict on two figures, by the first rule of the list above that applies. */
  public static PairVerdict judge(NumberClaim a, NumberClaim b) {
    if (a.time() != null && b.time() != null && !a.time().equals(b.time())) {
      return new PairVerdict(Verdict.COMPATIBLE, "different-times");
    }
    Interval x = a.interval();
    Interval y = b.interval();
    if (x.equals(y)) {
      return new PairVerdict(Verdict.AGREE, "same-interval");
    }
    if (!x.overlaps(y)) {
      return new PairVerdict(Verdict.CONFLICT, "disjoint-intervals");
    }
    if (a.value() == b.value() && (Interval.isApproximate(a.qualifier()) || Interval.isApproximate(b.qualifier()))) {
      return new PairVerdict(Verdict.AGREE, "same-figure-hedged");
    }
    return new PairVerdict(Verdict.COMPATIBLE, "overlapping-intervals");
  }

  static String describe(NumberClaim c) {
    StringBuilder sb = new StringBuilder("\"");
    if (c.qualifier() != null) {
      sb.append(c.qualifier()).append(' ');
    }
    sb.append(c.text());
    if (c.counted() != null) {
      sb.append(' ').append(c.counted());
    }
    sb.append("\" ").append(c.interval().describe());
    if (c.time() != null) {
      sb.append(" on ").append(c.time());
    }
    return sb.toString();
  }
}
