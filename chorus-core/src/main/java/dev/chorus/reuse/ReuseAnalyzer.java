package dev.chorus.reuse;

import dev.chorus.model.Sentence;
import dev.chorus.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reuse in one corpus, in memory: near-duplicate articles, shared passages, paraphrased sentences, the article
 * links they make, and the talking points (groups of sentences from two or more sources that say the same thing).
 *
 * <p>Steps: 1. tokens and shingles per article; 2. near duplicates (MinHash + LSH + exact Jaccard); 3. passages
 * (n-gram postings + anchored alignment); 4. sentence embeddings and paraphrase pairs (skipped without an encoder);
 * 5. one link per article pair, of its strongest kind; 6. talking points from sentence pairs.
 *
 * <p>Thread-safe when the encoder is.
 */
public final class ReuseAnalyzer {
  /** Talking-point summaries are clipped to this many characters. */
  static final int MAX_SUMMARY = 400;
  /** Sentence pairs inside one shared passage whose word sets overlap this much are the same sentence reused. */
  static final double VERBATIM_SENTENCE_OVERLAP = 0.5;
  /** Sentences are encoded in batches of this size, so memory stays flat on big corpora. */
  static final int ENCODE_BATCH = 256;

  private final ReuseConfig config;
  private final SentenceEncoder encoder;

  /** @param encoder the sentence encoder, or null to find duplicates and verbatim reuse only */
  public ReuseAnalyzer(ReuseConfig config, SentenceEncoder encoder) {
    this.config = config;
    this.encoder = encoder;
  }

  public ReuseResult analyze(List<ReuseDocument> input) {
    return analyze(input, Map.of());
  }

  /**
   * As {@link #analyze(List)}, with talking points kept within one story: sentences of articles in different
   * stories never join one point (reuse links across stories are still reported).
   *
   * @param storyOf article id → story id; articles it lacks share one story
   */
  public ReuseResult analyze(List<ReuseDocument> input, Map<String, String> storyOf) {
    List<ReuseDocument> docs = new ArrayList<>(input);
    docs.sort(Comparator.comparing(ReuseDocument::id));
    // 1. tokens
    List<WordTokens> tokens = new ArrayList<>(docs.size());
    for (ReuseDocument d : docs) {
      tokens.add(WordTokens.of(d.text()));
    }
    // 2. near duplicates
    NearDuplicateFinder dupFinder = new NearDuplicateFinder(config.duplicates());
    List<long[]> shingles = new ArrayList<>(docs.size());
    for (WordTokens t : tokens) {
      shingles.add(t.shingleSet(config.duplicates().shingleSize()));
    }
    NearDuplicates dups = dupFinder.find(shingles);
    // 3. passages
    List<PassagePair> passagePairs = new PassageReuseFinder(config.passages()).find(tokens, allowed(docs));
    // 4. paraphrase
    SentenceTable table = SentenceTable.of(docs, config.minSentenceWords());
    List<SentencePair> paraphrases = paraphrases(table, docs);
    // 5. links
    List<ReuseLink> links = links(docs, dups, passagePairs, paraphrases, table);
    // 6. talking points
    List<SentencePair> edges = new ArrayList<>(paraphrases);
    edges.addAll(verbatimSentencePairs(table, docs, passagePairs));
    edges.removeIf(e -> !storyOf.getOrDefault(docs.get(table.doc(e.a())).id(), "")
        .equals(storyOf.getOrDefault(docs.get(table.doc(e.b())).id(), "")));
    List<TalkingPoint> points = talkingPoints(table, docs, edges);
    List<List<String>> clusters = new ArrayList<>();
    for (List<Integer> c : dups.clusters()) {
      clusters.add(c.stream().map(i -> docs.get(i).id()).toList());
    }
    return new ReuseResult(links, points, clusters);
  }

  private java.util.function.BiPredicate<Integer, Integer> allowed(List<ReuseDocument> docs) {
    return (a, b) -> !config.skipSameSource() || !docs.get(a).source().equals(docs.get(b).source());
  }

  private List<SentencePair> paraphrases(SentenceTable table, List<ReuseDocument> docs) {
    if (encoder == null || table.size() < 2) {
      return List.of();
    }
    float[][] vectors = new float[table.size()][];
    for (int from = 0; from < table.size(); from += ENCODE_BATCH) {
      int to = Math.min(table.size(), from + ENCODE_BATCH);
      List<String> batch = new ArrayList<>(to - from);
      for (int i = from; i < to; i++) {
        batch.add(table.text(docs, i));
      }
      float[][] v = encoder.encode(batch);
      System.arraycopy(v, 0, vectors, from, to - from);
    }
    List<SentencePair> pairs = new ParaphraseFinder(config.paraphraseThreshold()).find(vectors, table.docOf());
    if (!config.skipSameSource()) {
      return pairs;
    }
    return pairs.stream().filter(p -> allowed(docs).test(table.doc(p.a()), table.doc(p.b()))).toList();
  }

  private List<ReuseLink> links(List<ReuseDocument> docs, NearDuplicates dups, List<PassagePair> passagePairs,
      List<SentencePair> paraphrases, SentenceTable table) {
    Map<Long, Double> jaccard = new HashMap<>();
    for (DuplicatePair p : dups.pairs()) {
      if (allowed(docs).test(p.a(), p.b())) {
        jaccard.put(key(p.a(), p.b()), p.jaccard());
      }
    }
    Map<Long, PassagePair> passages = new HashMap<>();
    for (PassagePair p : passagePairs) {
      passages.put(key(p.a(), p.b()), p);
    }
    Map<Long, List<SentencePair>> sentencePairs = new HashMap<>();
    for (SentencePair p : paraphrases) {
      int da = table.doc(p.a());
      int db = table.doc(p.b());
      sentencePairs.computeIfAbsent(key(da, db), k -> new ArrayList<>()).add(p);
    }
    Set<Long> keys = new TreeSet<>();
    keys.addAll(jaccard.keySet());
    keys.addAll(passages.keySet());
    keys.addAll(sentencePairs.keySet());
    List<ReuseLink> out = new ArrayList<>();
    for (long k : keys) {
      int a = (int) (k >>> 32);
      int b = (int) k;
      ReuseDocument da = docs.get(a);
      ReuseDocument db = docs.get(b);
      String earlier = Direction.earlier(da.id(), da.published(), db.id(), db.published());
      PassagePair pp = passages.get(k);
      List<Passage> verbatim = pp == null ? List.of() : pp.passages();
      Double j = jaccard.get(k);
      if (j != null) {
        List<Passage> ps = verbatim.isEmpty()
            ? List.of(new Passage(0, da.text().length(), 0, db.text().length(), j)) : verbatim;
        out.add(new ReuseLink(da.id(), db.id(), ReuseLink.DUPLICATE, j, earlier, ps));
        continue;
      }
      double verbatimScore = pp == null ? 0
          : Math.max(pp.coverageOfA(da.text().length()), pp.coverageOfB(db.text().length()));
      List<Passage> aligned = alignSentences(sentencePairs.getOrDefault(k, List.of()), table, a, b);
      int shorter = Math.min(table.countIn(a), table.countIn(b));
      double paraphraseScore = shorter == 0 ? 0 : (double) aligned.size() / shorter;
      boolean paraphrase = aligned.size() >= config.linkMinSentencePairs()
          && paraphraseScore >= config.linkMinCoverage();
      if (paraphrase && paraphraseScore > verbatimScore) {
        out.add(new ReuseLink(da.id(), db.id(), ReuseLink.PARAPHRASE, Math.min(1.0, paraphraseScore), earlier,
            aligned));
      } else if (!verbatim.isEmpty()) {
        out.add(new ReuseLink(da.id(), db.id(), ReuseLink.VERBATIM, verbatimScore, earlier, verbatim));
      }
    }
    return out;
  }

  /** One-to-one sentence alignment between two articles: the best-scoring pairs first, each sentence used once. */
  private static List<Passage> alignSentences(List<SentencePair> pairs, SentenceTable table, int docA, int docB) {
    List<SentencePair> sorted = new ArrayList<>(pairs);
    sorted.sort(Comparator.comparingDouble(SentencePair::score).reversed()
        .thenComparingInt(SentencePair::a).thenComparingInt(SentencePair::b));
    Set<Integer> used = new HashSet<>();
    List<Passage> out = new ArrayList<>();
    for (SentencePair p : sorted) {
      if (used.contains(p.a()) || used.contains(p.b())) {
        continue;
      }
      used.add(p.a());
      used.add(p.b());
      int sa = table.doc(p.a()) == docA ? p.a() : p.b();
      int sb = sa == p.a() ? p.b() : p.a();
      Sentence x = table.sentence(sa);
      Sentence y = table.sentence(sb);
      out.add(new Passage(x.start(), x.end(), y.start(), y.end(), Math.min(1.0, p.score())));
    }
    out.sort(Comparator.comparingInt(Passage::aStart));
    return out;
  }

  /** Sentences lying mostly inside the same shared passage, on both sides, with overlapping words. */
  private static List<SentencePair> verbatimSentencePairs(SentenceTable table, List<ReuseDocument> docs,
      List<PassagePair> passagePairs) {
    List<SentencePair> out = new ArrayList<>();
    for (PassagePair pp : passagePairs) {
      for (Passage p : pp.passages()) {
        List<Integer> inA = table.within(pp.a(), p.aStart(), p.aEnd());
        List<Integer> inB = table.within(pp.b(), p.bStart(), p.bEnd());
        for (int x : inA) {
          long[] wx = WordTokens.of(table.text(docs, x)).shingleSet(1);
          for (int y : inB) {
            double overlap = Jaccard.of(wx, WordTokens.of(table.text(docs, y)).shingleSet(1));
            if (overlap >= VERBATIM_SENTENCE_OVERLAP) {
              out.add(new SentencePair(Math.min(x, y), Math.max(x, y), overlap));
            }
          }
        }
      }
    }
    return out;
  }

  private static List<TalkingPoint> talkingPoints(SentenceTable table, List<ReuseDocument> docs,
      List<SentencePair> edges) {
    SentenceGroups groups = SentenceGroups.of(table, edges);
    Map<Integer, Double> weight = new HashMap<>();
    for (SentencePair e : edges) {
      weight.merge(e.a(), e.score(), Double::sum);
      weight.merge(e.b(), e.score(), Double::sum);
    }
    List<TalkingPoint> points = new ArrayList<>();
    for (List<Integer> g : groups.groups()) {
      Set<String> sources = new HashSet<>();
      Set<String> articles = new TreeSet<>();
      for (int s : g) {
        ReuseDocument d = docs.get(table.doc(s));
        sources.add(d.source());
        articles.add(d.id());
      }
      if (sources.size() < 2) {
        continue;
      }
      int rep = g.get(0);
      for (int s : g) {
        if (weight.getOrDefault(s, 0.0) > weight.getOrDefault(rep, 0.0)) {
          rep = s;
        }
      }
      List<Span> members = new ArrayList<>();
      for (int s : g) {
        members.add(table.span(docs, s));
      }
      members.sort(Comparator.comparing(Span::article).thenComparingInt(Span::start));
      points.add(new TalkingPoint(null, summary(table.text(docs, rep)), table.span(docs, rep),
          List.copyOf(articles), members, first(docs, articles)));
    }
    points.sort(Comparator.comparingInt((TalkingPoint t) -> -t.articles().size())
        .thenComparingInt(t -> -t.members().size())
        .thenComparing(t -> t.representative().article())
        .thenComparingInt(t -> t.representative().start()));
    List<TalkingPoint> out = new ArrayList<>(points.size());
    for (int i = 0; i < points.size(); i++) {
      TalkingPoint t = points.get(i);
      out.add(new TalkingPoint("tp-" + (i + 1), t.summary(), t.representative(), t.articles(), t.members(),
          t.first()));
    }
    return out;
  }

  /**
   * The member article published first; {@value Direction#SAME_DAY} when two or more share the first day,
   * undetermined when any member lacks a date (it may have been first).
   */
  private static String first(List<ReuseDocument> docs, Set<String> articles) {
    String best = null;
    String bestDate = null;
    boolean tie = false;
    for (ReuseDocument d : docs) {
      if (!articles.contains(d.id())) {
        continue;
      }
      if (Direction.day(d.published()) == null) {
        return Direction.UNDETERMINED;
      }
      String day = Direction.day(d.published()).toString();
      int c = bestDate == null ? -1 : day.compareTo(bestDate);
      if (c < 0) {
        best = d.id();
        bestDate = day;
        tie = false;
      } else if (c == 0) {
        tie = true;
      }
    }
    return best == null ? Direction.UNDETERMINED : tie ? Direction.SAME_DAY : best;
  }

  private static String summary(String sentence) {
    String s = sentence.replaceAll("\\s+", " ").strip();
    return s.length() <= MAX_SUMMARY ? s : s.substring(0, MAX_SUMMARY - 1) + "…";
  }

  private static long key(int a, int b) {
    return ((long) Math.min(a, b) << 32) | Math.max(a, b);
  }
}
