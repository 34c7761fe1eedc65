package dev.chorus.timeline;

import dev.chorus.annotate.ArticleFacts;
import dev.chorus.model.Sentence;
import dev.chorus.model.Span;
import dev.chorus.model.TimeExpression;
import dev.chorus.text.StopWords;
import dev.chorus.text.WordList;
import dev.chorus.text.Words;
import dev.chorus.util.UnionFind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The timeline: sentences with an event date ({@link EventDates}), merged into one event when they give the same
 * date and share at least {@link #SAME_EVENT_WORDS} content words (the date's own words, numbers and function words
 * aside), transitively; ordered by first day. Undated sentences stay out.
 *
 * <p>It also finds the same event given different days ({@link #dateConflicts}), conservatively, because recurring
 * events (monthly figures, meetings on consecutive days) look alike: two sentences of different articles, each
 * dated to a day, that share no date at all, share at least {@link #CONFLICT_WORDS} distinctive content words (words
 * found in few of the corpus's articles, see {@link #commonWords}), and half of all their content words (Dice ≥
 * {@link #CONFLICT_DICE}). On 250 Reuters-21578 articles looser rules (3 shared words of any kind, months allowed)
 * reported 22 conflicts, all false. Stateless and thread-safe.
 */
public final class TimelineBuilder {
  /** Timeline order: first day, then date, then where the summary is. */
  public static final Comparator<TimelineEvent> ORDER = Comparator.comparing(TimelineEvent::first)
      .thenComparing(TimelineEvent::date).thenComparing(e -> e.summarySpan().article())
      .thenComparingInt(e -> e.summarySpan().start());

  /** Two shared content words on the same day: one shared word is often just the country or the place. */
  static final int SAME_EVENT_WORDS = 2;
  /** Saying two sentences dated differently are one event needs much more: three words and half of each. */
  static final int CONFLICT_WORDS = 3;
  static final double CONFLICT_DICE = 0.5;
  private static final int MAX_SUMMARY = 400;
  /** Not content words here: function words, and calendar words (the date is compared on its own). */
  private static final Set<String> STOP = union(StopWords.ENGLISH, WordList.load(TimelineBuilder.class,
      "calendar-words.txt"));

  /** Two reports of one event dated differently. */
  public record DateConflict(DatedSentence a, DatedSentence b, Set<String> shared) {}

  /** The article's sentences that date an event, one per (sentence, date). */
  public static List<DatedSentence> datedSentences(ArticleFacts a) {
    List<DatedSentence> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (TimeExpression t : a.times()) {
      if (!EventDates.datesEvent(t) || t.span().end() > a.text().length()) {
        continue;
      }
      Sentence s = Sentence.containing(a.sentences(), t.span().start());
      if (s == null || s.end() > a.text().length() || !seen.add(s.start() + "|" + t.value())) {
        continue;
      }
      out.add(new DatedSentence(new Span(a.id(), s.start(), s.end()), a.text().substring(s.start(), s.end()), t,
          a.reported()));
    }
    return out;
  }

  public List<TimelineEvent> events(List<DatedSentence> dated) {
    Map<String, List<Integer>> byDate = new LinkedHashMap<>();
    List<Set<String>> words = new ArrayList<>();
    for (int i = 0; i < dated.size(); i++) {
      byDate.computeIfAbsent(dated.get(i).time().value(), k -> new ArrayList<>()).add(i);
      words.add(contentWords(dated.get(i)));
    }
    UnionFind sets = new UnionFind(dated.size());
    for (List<Integer> same : byDate.values()) {
      for (int x = 0; x < same.size(); x++) {
        for (int y = x + 1; y < same.size(); y++) {
          int i = same.get(x);
          int j = same.get(y);
          if (shared(words.get(i), words.get(j)).size() >= SAME_EVENT_WORDS) {
            sets.union(i, j);
          }
        }
      }
    }
    List<TimelineEvent> out = new ArrayList<>();
    for (List<Integer> g : sets.groups()) {
      out.add(event(dated, words, g));
    }
    out.sort(ORDER);
    return out;
  }

  /**
   * Same event, different days.
   *
   * @param common words too common in the corpus to tell one event from another ({@link #commonWords})
   */
  public List<DateConflict> dateConflicts(List<DatedSentence> dated, Set<String> common) {
    List<DateConflict> out = new ArrayList<>();
    List<Set<String>> words = new ArrayList<>();
    Map<Span, List<DatedSentence>> datesOf = new LinkedHashMap<>();
    // candidate pairs through postings of distinctive words: a corpus-wide all-pairs pass would be quadratic
    Map<String, List<Integer>> postings = new HashMap<>();
    for (int i = 0; i < dated.size(); i++) {
      DatedSentence d = dated.get(i);
      Set<String> w = contentWords(d);
      words.add(w);
      datesOf.computeIfAbsent(d.sentence(), k -> new ArrayList<>()).add(d);
      if (isDay(d)) {
        for (String word : w) {
          if (!common.contains(word)) {
            postings.computeIfAbsent(word, k -> new ArrayList<>()).add(i);
          }
        }
      }
    }
    for (int i = 0; i < dated.size(); i++) {
      if (!isDay(dated.get(i))) {
        continue;
      }
      Map<Integer, Integer> sharedCounts = new TreeMap<>();
      for (String word : words.get(i)) {
        for (int j : postings.getOrDefault(word, List.of())) {
          if (j > i) {
            sharedCounts.merge(j, 1, Integer::sum);
          }
        }
      }
      for (Map.Entry<Integer, Integer> e : sharedCounts.entrySet()) {
        int j = e.getKey();
        DatedSentence a = dated.get(i);
        DatedSentence b = dated.get(j);
        if (e.getValue() < CONFLICT_WORDS || a.article().equals(b.article())
            || anyOverlap(datesOf.get(a.sentence()), datesOf.get(b.sentence()))) {
          continue;
        }
        Set<String> shared = shared(words.get(i), words.get(j));
        Set<String> distinctive = new TreeSet<>(shared);
        distinctive.removeAll(common);
        int total = words.get(i).size() + words.get(j).size();
        if (2.0 * shared.size() / total >= CONFLICT_DICE) {
          out.add(new DateConflict(a, b, distinctive));
        }
      }
    }
    return out;
  }

  /**
   * Content words found in more than {@code max(2, 10 %)} of the articles: in a corpus about one event they name the
   * event itself ("protest", the country), in a wire feed the trade ("mln", "dlr"), and tell no two reports apart.
   */
  public static Set<String> commonWords(List<ArticleFacts> articles) {
    Map<String, Integer> df = new HashMap<>();
    for (ArticleFacts a : articles) {
      Set<String> seen = new HashSet<>();
      for (Words.Word w : Words.of(a.text(), 0, a.text().length())) {
        seen.add(verbStem(w.lemma()));
      }
      for (String w : seen) {
        df.merge(w, 1, Integer::sum);
      }
    }
    int max = Math.max(2, articles.size() / 10);
    Set<String> out = new HashSet<>();
    df.forEach((w, n) -> {
      if (n > max) {
        out.add(w);
      }
    });
    return out;
  }

  private static boolean isDay(DatedSentence d) {
    return d.time().precision() == dev.chorus.model.TimeExpression.Precision.DAY;
  }

  private static boolean anyOverlap(List<DatedSentence> xs, List<DatedSentence> ys) {
    for (DatedSentence x : xs) {
      for (DatedSentence y : ys) {
        if (!x.last().isBefore(y.first()) && !y.last().isBefore(x.first())) {
          return true;
        }
      }
    }
    return false;
  }

  private static TimelineEvent event(List<DatedSentence> dated, List<Set<String>> words, List<Integer> g) {
    int best = g.get(0);
    int bestScore = -1;
    TreeSet<String> articles = new TreeSet<>();
    List<DatedSentence> evidence = new ArrayList<>();
    for (int i : g) {
      DatedSentence d = dated.get(i);
      articles.add(d.article());
      evidence.add(d);
      int score = 0;
      for (int j : g) {
        if (j != i) {
          score += shared(words.get(i), words.get(j)).size();
        }
      }
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    }
    evidence.sort(Comparator.comparing(DatedSentence::article).thenComparingInt(d -> d.sentence().start()));
    DatedSentence rep = dated.get(best);
    TimeExpression t = rep.time();
    return new TimelineEvent(t.value(), t.precision().name().toLowerCase(Locale.ROOT), rep.first(),
        summary(rep.text()), rep.sentence(), List.copyOf(articles), evidence);
  }

  private static String summary(String sentence) {
    String s = sentence.strip().replaceAll("\\s+", " ");
    return s.length() <= MAX_SUMMARY ? s : s.substring(0, MAX_SUMMARY - 1) + "…";
  }

  /** Lemmas of the sentence's content words, without the words of its date. */
  static Set<String> contentWords(DatedSentence d) {
    Set<String> out = new HashSet<>();
    int base = d.sentence().start();
    int ts = d.time().span().start() - base;
    int te = d.time().span().end() - base;
    for (Words.Word w : Words.of(d.text(), 0, d.text().length())) {
      if (w.start() < te && ts < w.end()) {
        continue;
      }
      String l = verbStem(w.lemma());
      if (l.length() > 2 && !STOP.contains(w.form()) && !Character.isDigit(l.charAt(0))) {
        out.add(l);
      }
    }
    return out;
  }

  /** "started" and "starts" meet "start": enough inflection for word overlap. */
  private static String verbStem(String lemma) {
    if (lemma.length() > 5 && lemma.endsWith("ing")) {
      return lemma.substring(0, lemma.length() - 3);
    }
    if (lemma.length() > 4 && lemma.endsWith("ed")) {
      return lemma.substring(0, lemma.length() - 2);
    }
    return lemma;
  }

  private static Set<String> shared(Set<String> a, Set<String> b) {
    Set<String> s = new TreeSet<>(a);
    s.retainAll(b);
    return s;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }
}
