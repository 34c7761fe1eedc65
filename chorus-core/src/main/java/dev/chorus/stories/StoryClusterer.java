package dev.chorus.stories;

import dev.chorus.util.UnionFind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a pile of articles into stories: each article becomes a TF-IDF vector over its {@link ContentWords}
 * (sublinear term frequency, smoothed IDF, unit length); pairs whose cosine reaches the threshold are merged,
 * strongest first, into stories whose articles' average pairwise cosine stays at or above it (greedy average
 * linkage). A pile about one event stays one story, since its articles share the event's names; articles with no
 * content words are stories of their own.
 *
 * <p>Candidate pairs come from postings of each article's most heavily weighted words, not from all pairs, so the
 * cost grows with the number of articles that share distinctive words rather than with its square.
 *
 * <p>Pure and thread-safe.
 */
public final class StoryClusterer {
  /**
   * Cosine at or above which two articles report the same story. Calibrated on the test fixture
   * {@code reuters-events.jsonl} (21 Reuters-21578 stories from ten events, mixed with the five articles of the
   * bundled Kazakhstan corpus; StoryClustererTest checks the margins): articles of different events score at most
   * 0.209 (0.200 while the stop list still held Reuters' "mln", "dlrs", "pct"), while every article of a
   * multi-story event has a same-event neighbour at 0.311 or more in the mixed pile, and at 0.289 or more in the
   * Kazakhstan pile alone. 0.24 sits between them; the same value bounds a story's average pairwise cosine.
   */
  public static final double DEFAULT_THRESHOLD = 0.24;
  /** Words per article used to find candidate pairs: the heaviest ones carry most of any cosine above the threshold. */
  static final int SIGNATURE_WORDS = 40;
  /**
   * Pairs below this fraction of the threshold count as unrelated (0) in a story's average: their exact value
   * barely moves an average that must reach the threshold, and keeping them all would cost memory on big piles.
   */
  static final double FLOOR = 0.5;
  /**
   * Words shared by more articles than this are not used to find candidate pairs: in a big pile they are generic
   * (and would make the pairs quadratic). A story of more articles than this meets through its rarer words only,
   * so it may split.
   */
  static final int MAX_POSTING = 100;
  /** Weight factor of a name (see {@link ContentWords#count(String, Set)}) over a common word. */
  static final double NAME_BOOST = 2;
  /**
   * Pseudo-documents added to every document frequency: in a pile of a few articles IDF would otherwise halve the
   * weight of the very names they all share (a one-story pile split in two); in big piles it changes little.
   */
  static final double IDF_PRIOR = 10;
  /** Words in a story's label. */
  static final int LABEL_WORDS = 4;

  private final double threshold;

  public StoryClusterer() {
    this(DEFAULT_THRESHOLD);
  }

  public StoryClusterer(double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
    }
    this.threshold = threshold;
  }

  /** The stories of {@code docs}, largest first (ties: by smallest article id); every article in exactly one. */
  public List<Story> cluster(List<StoryDocument> input) {
    Pile pile = new Pile();
    input.forEach(d -> pile.add(d.id(), d.text()));
    return cluster(pile);
  }

  /**
   * Articles handed over one at a time, as a workspace streams them: each text is reduced to its word counts as it
   * comes, so a pile's texts are never all in memory.
   */
  public static final class Pile {
    private final WordVectors vectors = new WordVectors();

    public void add(String id, String text) {
      vectors.add(id, text);
    }
  }

  /** The stories of the pile, as {@link #cluster(List)} gives them. */
  public List<Story> cluster(Pile pile) {
    WordVectors v = pile.vectors;
    v.weigh(IDF_PRIOR, NAME_BOOST);
    int[] byId = byId(v);
    int n = v.size();
    UnionFind sets = new UnionFind(n);
    List<List<Integer>> members = new ArrayList<>(n);
    Neighbours near = new Neighbours(n);
    for (int i = 0; i < n; i++) {
      members.add(new ArrayList<>(List.of(i)));
    }
    List<double[]> links = new ArrayList<>();
    for (long pair : candidatePairs(v, byId)) {
      int a = (int) (pair >>> 32);
      int b = (int) pair;
      double c = v.cosine(byId[a], byId[b]);
      if (c >= threshold * FLOOR) {
        near.add(a, b, c);
      }
      if (c >= threshold) {
        links.add(new double[] {c, a, b});
      }
    }
    // greedy average linkage: strongest links first; two stories merge only when their articles are similar on
    // average, so a chain of pairwise links (A like B, B like C) does not glue unrelated articles together
    links.sort((x, y) -> Double.compare(y[0], x[0]));
    for (double[] link : links) {
      int ra = sets.find((int) link[1]);
      int rb = sets.find((int) link[2]);
      if (ra == rb) {
        continue;
      }
      List<Integer> small = members.get(ra).size() <= members.get(rb).size() ? members.get(ra) : members.get(rb);
      int other = small == members.get(ra) ? rb : ra;
      double sum = near.sumTowards(small, other, sets);
      if (sum / ((double) members.get(ra).size() * members.get(rb).size()) >= threshold) {
        int root = Math.min(ra, rb);
        int gone = Math.max(ra, rb);
        sets.union(root, gone);
        members.get(root).addAll(members.get(gone));
        members.set(gone, List.of());
      }
    }
    Map<Integer, List<Integer>> groups = new HashMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(sets.find(i), k -> new ArrayList<>()).add(i);
    }
    List<List<Integer>> ordered = new ArrayList<>(groups.values());
    ordered.sort(Comparator.comparingInt((List<Integer> g) -> -g.size()).thenComparingInt(g -> g.get(0)));
    List<Story> out = new ArrayList<>();
    for (List<Integer> g : ordered) {
      List<String> ids = new ArrayList<>();
      for (int i : g) {
        ids.add(v.id(byId[i]));
      }
      out.add(new Story("story-" + (out.size() + 1), label(g, v, byId), ids));
    }
    return out;
  }

  /** Cosine of two articles' vectors within {@code docs} (for calibration and tests). */
  public static double[][] similarities(List<StoryDocument> docs) {
    WordVectors v = new WordVectors();
    docs.forEach(d -> v.add(d.id(), d.text()));
    v.weigh(IDF_PRIOR, NAME_BOOST);
    double[][] out = new double[docs.size()][docs.size()];
    for (int i = 0; i < docs.size(); i++) {
      for (int j = 0; j < docs.size(); j++) {
        out[i][j] = v.cosine(i, j);
      }
    }
    return out;
  }

  /** Positions of the pile's articles in id order: rank {@code r} is article {@code byId[r]}. */
  private static int[] byId(WordVectors v) {
    Integer[] order = new Integer[v.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparing(v::id));
    int[] out = new int[order.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = order[i];
    }
    return out;
  }

  /** Pairs of ranks {@code (a << 32) | b}, {@code a < b}, sorted, each once. */
  private static long[] candidatePairs(WordVectors v, int[] byId) {
    Map<Integer, List<Integer>> postings = new HashMap<>();
    for (int r = 0; r < byId.length; r++) {
      for (int term : v.heaviest(byId[r], SIGNATURE_WORDS)) {
        postings.computeIfAbsent(term, k -> new ArrayList<>()).add(r);
      }
    }
    long[] pairs = new long[1024];
    int size = 0;
    for (List<Integer> docs : postings.values()) {
      if (docs.size() > MAX_POSTING) {
        continue;
      }
      for (int x = 0; x < docs.size(); x++) {
        for (int y = x + 1; y < docs.size(); y++) {
          if (size == pairs.length) {
            pairs = Arrays.copyOf(pairs, size * 2);
          }
          pairs[size++] = ((long) docs.get(x) << 32) | docs.get(y);
        }
      }
    }
    long[] sorted = Arrays.copyOf(pairs, size);
    Arrays.sort(sorted);
    return Arrays.stream(sorted).distinct().toArray();
  }

  private static String label(List<Integer> group, WordVectors v, int[] byId) {
    Map<String, Double> sum = new HashMap<>();
    for (int r : group) {
      int[] t = v.terms(byId[r]);
      double[] w = v.weights(byId[r]);
      for (int i = 0; i < t.length; i++) {
        sum.merge(v.word(t[i]), w[i], Double::sum);
      }
    }
    List<String> top = sum.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(LABEL_WORDS).map(Map.Entry::getKey).toList();
    return String.join(" ", top);
  }
}
