package dev.chorus.claims;

import dev.chorus.reuse.SentenceEncoder;
import dev.chorus.util.UnionFind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The claims' sentences as a last grouping signal, for what the vocabulary does not know: a claim whose concept is
 * a bare head noun ("planes") or unknown ("three deaths") is linked to its most similar claim of another article
 * with the same predicate and unit, when their sentences' cosine is at least {@link #THRESHOLD}. Linked claims take
 * one concept: the vocabulary concept among them if there is exactly one, the first head noun alphabetically if
 * there is none; with two vocabulary concepts the link is ambiguous and nothing changes.
 */
final class SimilarSentenceConcepts {
  /**
   * 0.80: well above the paraphrase threshold calibrated on STS for all-MiniLM-L6-v2 (0.64, see ReuseConfig),
   * because a wrong link invents a conflict while a missed one only leaves two claims single-source.
   */
  static final double THRESHOLD = 0.80;

  private SimilarSentenceConcepts() {}

  /**
   * @param sentences each claim's sentence, by claim id
   * @return the claims, in order, some with a new concept and key
   */
  static List<Claim> apply(List<Claim> claims, Map<String, String> sentences, SentenceEncoder encoder,
      ClaimVocabulary vocabulary) {
    List<Integer> candidates = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < claims.size(); i++) {
      Claim c = claims.get(i);
      if (c instanceof NumberClaim && c.predicate() != null && sentences.containsKey(c.id())) {
        candidates.add(i);
        texts.add(sentences.get(c.id()));
      }
    }
    if (candidates.size() < 2) {
      return claims;
    }
    float[][] vectors = encoder.encode(texts);
    UnionFind sets = new UnionFind(claims.size());
    for (int x = 0; x < candidates.size(); x++) {
      Claim a = claims.get(candidates.get(x));
      if (a.concept() != null && vocabulary.isConcept(a.concept())) {
        continue;
      }
      int best = -1;
      double bestCos = THRESHOLD;
      for (int y = 0; y < candidates.size(); y++) {
        Claim b = claims.get(candidates.get(y));
        if (x == y || b.concept() == null || b.article().equals(a.article()) || !b.predicate().equals(a.predicate())
            || !Objects.equals(a.unit(), b.unit()) || b.concept().equals(a.concept())) {
          continue;
        }
        double cos = cosine(vectors[x], vectors[y]);
        if (cos >= bestCos) {
          best = y;
          bestCos = cos;
        }
      }
      if (best >= 0) {
        sets.union(candidates.get(x), candidates.get(best));
      }
    }
    Map<Integer, List<Integer>> groups = new HashMap<>();
    for (int i : candidates) {
      groups.computeIfAbsent(sets.find(i), k -> new ArrayList<>()).add(i);
    }
    List<Claim> out = new ArrayList<>(claims);
    for (List<Integer> g : groups.values()) {
      if (g.size() < 2) {
        continue;
      }
      TreeSet<String> known = new TreeSet<>();
      TreeSet<String> heads = new TreeSet<>();
      for (int i : g) {
        String c = claims.get(i).concept();
        if (c != null) {
          (vocabulary.isConcept(c) ? known : heads).add(c);
        }
      }
      String concept = known.size() == 1 ? known.first() : known.isEmpty() && !heads.isEmpty() ? heads.first() : null;
      if (concept == null) {
        continue;
      }
      for (int i : g) {
        if (!concept.equals(claims.get(i).concept())) {
          // only number claims are candidates
          out.set(i, ((NumberClaim) claims.get(i)).withConcept(concept));
        }
      }
    }
    return out;
  }

  private static double cosine(float[] a, float[] b) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      dot += a[i] * b[i];
      na += a[i] * a[i];
      nb += b[i] * b[i];
    }
    return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
  }
}
