package dev.chorus.stories;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The TF-IDF vectors of a pile's articles, built as the articles stream in: each article's text is reduced at once
 * to its content-word counts (term ids sorted, counts, names flagged), so no text is kept, and a vector costs about
 * twelve bytes a distinct word instead of a boxed map entry. {@link #weigh} then turns counts into unit-length
 * weights once every document frequency is known.
 */
final class WordVectors {
  private final Map<String, Integer> vocabulary = new HashMap<>();
  private final List<String> words = new ArrayList<>();
  private int[] df = new int[1024];
  private final List<String> ids = new ArrayList<>();
  private final List<int[]> terms = new ArrayList<>();
  /** Per article and term: the count, negated for a name (a capitalised word not only at sentence starts). */
  private final List<int[]> counts = new ArrayList<>();
  private double[][] weights;

  void add(String id, String text) {
    Set<String> names = new HashSet<>();
    Map<String, Integer> c = ContentWords.count(text == null ? "" : text, names);
    int[] t = new int[c.size()];
    int k = 0;
    for (String w : c.keySet()) {
      t[k++] = idOf(w);
    }
    Arrays.sort(t);
    int[] n = new int[t.length];
    for (int i = 0; i < t.length; i++) {
      String w = words.get(t[i]);
      n[i] = names.contains(w) ? -c.get(w) : c.get(w);
      df[t[i]]++;
    }
    ids.add(id);
    terms.add(t);
    counts.add(n);
  }

  private int idOf(String word) {
    Integer known = vocabulary.get(word);
    if (known != null) {
      return known;
    }
    int id = words.size();
    vocabulary.put(word, id);
    words.add(word);
    if (id == df.length) {
      df = Arrays.copyOf(df, df.length * 2);
    }
    return id;
  }

  /** Sublinear TF times smoothed IDF, names boosted, scaled to unit length; the counts are dropped. */
  void weigh(double idfPrior, double nameBoost) {
    int n = ids.size();
    weights = new double[n][];
    for (int d = 0; d < n; d++) {
      int[] t = terms.get(d);
      int[] c = counts.get(d);
      double[] w = new double[t.length];
      double norm = 0;
      for (int i = 0; i < t.length; i++) {
        double idf = Math.log((idfPrior + n) / (idfPrior + df[t[i]])) + 1;
        w[i] = (1 + Math.log(Math.abs(c[i]))) * idf * (c[i] < 0 ? nameBoost : 1);
        norm += w[i] * w[i];
      }
      double len = Math.sqrt(norm);
      for (int i = 0; i < w.length; i++) {
        w[i] /= len;
      }
      weights[d] = w;
      counts.set(d, null);
    }
  }

  int size() {
    return ids.size();
  }

  String id(int doc) {
    return ids.get(doc);
  }

  String word(int term) {
    return words.get(term);
  }

  int[] terms(int doc) {
    return terms.get(doc);
  }

  double[] weights(int doc) {
    return weights[doc];
  }

  /** Cosine of two articles: both vectors have unit length and sorted terms, so a merge of the two term lists. */
  double cosine(int a, int b) {
    int[] ta = terms.get(a);
    int[] tb = terms.get(b);
    double[] wa = weights[a];
    double[] wb = weights[b];
    double dot = 0;
    for (int i = 0, j = 0; i < ta.length && j < tb.length; ) {
      if (ta[i] == tb[j]) {
        dot += wa[i++] * wb[j++];
      } else if (ta[i] < tb[j]) {
        i++;
      } else {
        j++;
      }
    }
    return dot;
  }

  /** The {@code limit} heaviest terms of an article, ties broken by the word, as term ids. */
  List<Integer> heaviest(int doc, int limit) {
    int[] t = terms.get(doc);
    double[] w = weights[doc];
    List<Integer> order = new ArrayList<>(t.length);
    for (int i = 0; i < t.length; i++) {
      order.add(i);
    }
    order.sort(Comparator.<Integer>comparingDouble(i -> -w[i]).thenComparing(i -> words.get(t[i])));
    List<Integer> out = new ArrayList<>(Math.min(limit, t.length));
    for (int i = 0; i < Math.min(limit, order.size()); i++) {
      out.add(t[order.get(i)]);
    }
    return out;
  }
}
