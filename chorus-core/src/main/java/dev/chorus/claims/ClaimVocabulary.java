package dev.chorus.claims;

import dev.chorus.text.WordList;
import dev.chorus.text.Words;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The data claims are read with (files in {@code resources/dev/chorus/claims/}, each saying where it came from):
 * concepts (what a figure counts, in its different wordings), generic counted nouns ("people", "victims") and the
 * predicates with their written forms. Immutable and thread-safe.
 */
public final class ClaimVocabulary {
  private final Map<List<String>, String> concepts = new HashMap<>();
  private final java.util.Set<String> conceptNames = new java.util.HashSet<>();
  private final Map<String, String> generic = new HashMap<>();
  private final Map<List<String>, String> predicates = new HashMap<>();
  private int longestConcept;
  private int longestPredicate;

  /** A phrase found in a word list: words {@code [from, to)} mean {@code value}. */
  record Match(int from, int to, String value) {}

  private ClaimVocabulary() {}

  public static ClaimVocabulary bundled() {
    return Holder.BUNDLED;
  }

  /** A vocabulary from lines in the bundled files' format ({@code #} comments, tab-separated). */
  static ClaimVocabulary of(List<String> conceptLines, List<String> genericLines, List<String> predicateLines) {
    ClaimVocabulary v = new ClaimVocabulary();
    for (String[] row : rows(conceptLines)) {
      if (row.length < 2) {
        continue;
      }
      v.conceptNames.add(row[0]);
      for (String phrase : row[1].split("\\|")) {
        List<String> key = Words.lemmas(phrase);
        if (!key.isEmpty()) {
          v.concepts.put(key, row[0]);
          v.longestConcept = Math.max(v.longestConcept, key.size());
        }
      }
    }
    for (String[] row : rows(genericLines)) {
      v.generic.put(Words.lemma(row[0]), row.length > 1 ? row[1] : "");
    }
    for (String[] row : rows(predicateLines)) {
      if (row.length < 2) {
        continue;
      }
      for (String form : row[1].split("\\|")) {
        List<String> key = forms(form);
        if (!key.isEmpty()) {
          v.predicates.put(key, row[0]);
          v.longestPredicate = Math.max(v.longestPredicate, key.size());
        }
      }
    }
    return v;
  }

  /** The longest concept phrase starting at each position, left to right, not overlapping. */
  List<Match> concepts(List<Words.Word> words) {
    List<String> lemmas = new ArrayList<>(words.size());
    for (Words.Word w : words) {
      lemmas.add(w.lemma());
    }
    return find(lemmas, concepts, longestConcept);
  }

  /** The concept of the longest phrase in {@code lemmas}, or null. */
  String conceptOf(List<String> lemmas) {
    Match best = null;
    for (Match m : find(lemmas, concepts, longestConcept)) {
      if (best == null || m.to() - m.from() > best.to() - best.from()) {
        best = m;
      }
    }
    return best == null ? null : best.value();
  }

  /** Whether {@code concept} is one of the vocabulary's concepts (not a head noun taken as it is). */
  boolean isConcept(String concept) {
    return conceptNames.contains(concept);
  }

  boolean isGeneric(String lemma) {
    return generic.containsKey(lemma);
  }

  /** The predicate a generic noun implies ("victim" → kill), or null. */
  String impliedPredicate(String lemma) {
    String p = generic.get(lemma);
    return p == null || p.isEmpty() ? null : p;
  }

  /** The longest predicate form starting at word {@code i}, or null. */
  Match predicateAt(List<Words.Word> words, int i) {
    for (int len = Math.min(longestPredicate, words.size() - i); len >= 1; len--) {
      List<String> key = new ArrayList<>(len);
      for (int k = i; k < i + len; k++) {
        key.add(words.get(k).form());
      }
      String p = predicates.get(key);
      if (p != null) {
        return new Match(i, i + len, p);
      }
    }
    return null;
  }

  private static List<Match> find(List<String> lemmas, Map<List<String>, String> table, int longest) {
    List<Match> out = new ArrayList<>();
    int i = 0;
    while (i < lemmas.size()) {
      Match found = null;
      for (int len = Math.min(longest, lemmas.size() - i); len >= 1 && found == null; len--) {
        String v = table.get(lemmas.subList(i, i + len));
        if (v != null) {
          found = new Match(i, i + len, v);
        }
      }
      if (found != null) {
        out.add(found);
        i = found.to();
      } else {
        i++;
      }
    }
    return out;
  }

  private static List<String> forms(String phrase) {
    List<String> out = new ArrayList<>();
    for (Words.Word w : Words.of(phrase, 0, phrase.length())) {
      out.add(w.form());
    }
    return out;
  }

  private static List<String[]> rows(List<String> lines) {
    List<String[]> out = new ArrayList<>();
    for (String line : lines) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      String[] row = line.split("\t");
      if (row.length >= 2 || !row[0].isBlank()) {
        out.add(row);
      }
    }
    return out;
  }

  private static final class Holder {
    static final ClaimVocabulary BUNDLED =
        of(lines("concepts.tsv"), lines("generic-nouns.tsv"), lines("predicates.tsv"));

    private static List<String> lines(String resource) {
      return WordList.lines(ClaimVocabulary.class, resource);
    }
  }
}
