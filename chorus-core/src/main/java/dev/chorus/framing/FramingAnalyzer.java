package dev.chorus.framing;

import dev.chorus.model.Span;
import dev.chorus.stories.ContentWords;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compares, within each story, how every source words things against the story's other sources:
 * <ol>
 *   <li>actor labels: each label a source uses, with its count, the others' count and the log-odds z-score;</li>
 *   <li>distinctive words: the content words a source favours beyond chance (z ≥ {@value #MIN_Z}), at most
 *       {@value #MAX_DISTINCTIVE} per source.</li>
 * </ol>
 * A story told by one source has nothing to compare and gives nothing. Pure and thread-safe.
 */
public final class FramingAnalyzer {
  /** Two-sided 95 %. */
  static final double MIN_Z = 1.96;
  static final int MAX_DISTINCTIVE = 10;
  /** Distinctive words need a few uses: one use proves nothing about a source's choice. */
  static final int MIN_DISTINCTIVE_COUNT = 2;
  static final int MIN_WORD_LENGTH = 4;
  /** Evidence kept per source and word: enough to check, small enough to export. */
  static final int MAX_EVIDENCE = 20;

  private final ActorLabels labels;

  public FramingAnalyzer(ActorLabels labels) {
    this.labels = labels;
  }

  public List<FramingTerm> analyze(List<FramingDocument> docs) {
    Map<String, List<FramingDocument>> byStory = new TreeMap<>();
    for (FramingDocument d : docs) {
      byStory.computeIfAbsent(d.story(), k -> new ArrayList<>()).add(d);
    }
    List<FramingTerm> out = new ArrayList<>();
    byStory.forEach((story, storyDocs) -> out.addAll(analyzeStory(story, storyDocs)));
    return out;
  }

  private List<FramingTerm> analyzeStory(String story, List<FramingDocument> docs) {
    Map<String, SourceWords> sources = new LinkedHashMap<>();
    for (FramingDocument d : docs) {
      SourceWords sw = sources.computeIfAbsent(d.source(), SourceWords::new);
      Words.forEach(d.text(), (w, s, e) -> sw.add(w, new Span(d.article(), s, e)));
    }
    if (sources.size() < 2) {
      return List.of();
    }
    Map<String, Integer> corpus = new HashMap<>();
    for (SourceWords sw : sources.values()) {
      sw.counts.forEach((w, c) -> corpus.merge(w, c, Integer::sum));
    }
    long corpusTotal = LogOdds.total(corpus);
    List<FramingTerm> out = new ArrayList<>();
    for (SourceWords sw : sources.values()) {
      long ni = LogOdds.total(sw.counts);
      long nj = corpusTotal - ni;
      List<FramingTerm> distinctive = new ArrayList<>();
      for (var e : sw.counts.entrySet()) {
        String w = e.getKey();
        int yi = e.getValue();
        int yj = corpus.get(w) - yi;
        String group = labels.groupOf(w);
        boolean content = w.length() >= MIN_WORD_LENGTH && !ContentWords.isFunctionWord(w);
        if (group == null && (!content || yi < MIN_DISTINCTIVE_COUNT)) {
          continue;
        }
        double z = LogOdds.z(yi, ni, yj, nj, corpus.get(w), corpusTotal);
        if (group != null) {
          out.add(new FramingTerm(story, sw.source, "label", w, group, yi, yj, round(z), sw.evidence(w)));
        } else if (z >= MIN_Z) {
          distinctive.add(new FramingTerm(story, sw.source, "distinctive", w, null, yi, yj, round(z),
              sw.evidence(w)));
        }
      }
      distinctive.sort(Comparator.comparingDouble(FramingTerm::z).reversed().thenComparing(FramingTerm::term));
      out.addAll(distinctive.subList(0, Math.min(MAX_DISTINCTIVE, distinctive.size())));
    }
    out.sort(Comparator.comparing(FramingTerm::source).thenComparing(FramingTerm::kind, Comparator.reverseOrder())
        .thenComparing(Comparator.comparingDouble(FramingTerm::z).reversed()).thenComparing(FramingTerm::term));
    return out;
  }

  private static double round(double z) {
    return Math.round(z * 100) / 100.0;
  }

  /** One source's word counts and where each word occurs. */
  private static final class SourceWords {
    final String source;
    final Map<String, Integer> counts = new HashMap<>();
    final Map<String, List<Span>> spans = new HashMap<>();

    SourceWords(String source) {
      this.source = source;
    }

    void add(String word, Span span) {
      counts.merge(word, 1, Integer::sum);
      List<Span> list = spans.computeIfAbsent(word, k -> new ArrayList<>());
      if (list.size() < MAX_EVIDENCE) {
        list.add(span);
      }
    }

    List<Span> evidence(String word) {
      return List.copyOf(spans.getOrDefault(word, List.of()));
    }
  }
}
