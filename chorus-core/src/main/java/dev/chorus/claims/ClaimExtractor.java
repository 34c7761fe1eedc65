package dev.chorus.claims;

import dev.chorus.annotate.ArticleFacts;
import dev.chorus.claims.ClaimVocabulary.Match;
import dev.chorus.model.Mention;
import dev.chorus.model.NumberMention;
import dev.chorus.model.Quote;
import dev.chorus.model.Sentence;
import dev.chorus.model.Span;
import dev.chorus.model.TimeExpression;
import dev.chorus.text.WordList;
import dev.chorus.text.Words;
import dev.chorus.text.Words.Word;
import dev.chorus.timeline.EventDates;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns an article's numbers into claims. The rules, in order:
 * <ol>
 *   <li>Not claims: a bare year (1000–2100, no hedge, nothing counted), page furniture ("Articles 2 and 4",
 *       "No. 5", "page 3"), and a number that counts nothing and has no predicate right next to it ("Newsfeed 0").
 *       Dates and ordinals never reach here: the annotate stage keeps them apart.</li>
 *   <li>Concept: the vocabulary's longest phrase in the counted noun phrase ("law enforcement officers" → police);
 *       else its head noun. A generic head ("people", "victims") or no counted noun takes the concept from the
 *       sentence: an "among the …" phrase, else the nearest concept phrase or earlier figure of the same sentence
 *       joined to the number by connecting words only ("a peacekeeping force with a total strength of about 2,500
 *       people"; "26 demonstrators killed, 18 injured").</li>
 *   <li>Predicate: the one a generic noun implies ("victims" → kill); else the nearest predicate form after the
 *       figure in its sentence (12 words at most), else before it (10 words at most).</li>
 *   <li>Subject: when the predicate comes before the figure ("the CSTO sent about 3,000"), the last name before the
 *       predicate in the sentence.</li>
 *   <li>Speaker: the speaker of a quote containing the figure, else the article's source.</li>
 *   <li>Time: an event date written in the same sentence ({@link EventDates}).</li>
 * </ol>
 * Stateless and thread-safe.
 */
public final class ClaimExtractor {
  private static final Pattern FURNITURE = Pattern.compile(
      "(?i)\\b(articles?|pages?|chapters?|sections?|paragraphs?|clauses?|items?|nos?\\.|§)\\s*"
          + "(\\p{N}+\\s*(,|and|or|&)\\s*)*$");
  /** Words that may join a figure to the phrase it takes its concept from. */
  private static final Set<String> CONNECTORS = WordList.load(ClaimExtractor.class, "connectors.txt");
  static final int WORDS_AFTER = 12;
  static final int WORDS_BEFORE = 10;
  private static final int AMONG_WORDS = 4;

  private final ClaimVocabulary vocabulary;

  public ClaimExtractor(ClaimVocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  public List<NumberClaim> extract(ArticleFacts a) {
    List<NumberClaim> out = new ArrayList<>();
    List<NumberMention> numbers = new ArrayList<>(a.numbers());
    numbers.sort(Comparator.comparingInt(n -> n.span().start()));
    String text = a.text();
    for (NumberMention n : numbers) {
      Span span = n.span();
      if (span.end() > text.length() || !Double.isFinite(n.value())) {
        continue;
      }
      Sentence s = Sentence.containing(a.sentences(), span.start());
      int sStart = s == null ? Math.max(0, span.start() - 300) : s.start();
      int sEnd = s == null ? Math.min(text.length(), span.end() + 300) : Math.min(text.length(), s.end());
      List<Word> words = Words.of(text, sStart, sEnd);
      int numberWord = firstWordAtOrAfter(words, numberStart(n, text));
      int afterSpan = firstWordAtOrAfter(words, span.end());
      if (isYear(n) || FURNITURE.matcher(text.substring(sStart, Math.max(sStart, span.start()))).find()) {
        continue;
      }
      List<String> countedLemmas = Words.lemmas(n.counted());
      String head = countedLemmas.isEmpty() ? null : countedLemmas.get(countedLemmas.size() - 1);
      Match adjacent = afterSpan < words.size() ? vocabulary.predicateAt(words, afterSpan) : null;
      if (head == null && adjacent == null && !predicateJustBefore(words, numberWord)) {
        continue;
      }
      String concept = head == null ? null : vocabulary.conceptOf(countedLemmas);
      boolean generic = head == null || concept == null && vocabulary.isGeneric(head);
      if (concept == null && !generic) {
        concept = head;
      }
      if (generic) {
        concept = contextConcept(text, words, numberWord, out, s);
      }
      String predicate = head == null ? null : vocabulary.impliedPredicate(head);
      int predicateWord = -1;
      if (predicate == null) {
        Match after = predicateAfter(words, afterSpan);
        if (after != null) {
          predicate = after.value();
        } else {
          Match before = predicateBefore(words, numberWord);
          if (before != null) {
            predicate = before.value();
            predicateWord = before.from();
          }
        }
      }
      String subject = predicateWord < 0 ? null : subjectBefore(a.mentions(), words.get(predicateWord).start(), sStart);
      String key = concept == null || predicate == null ? null
          : concept + "|" + predicate + (n.unit() == null ? "" : "|" + n.unit());
      out.add(new NumberClaim(a.id() + "#" + span.start(), span, n.text(), n.value(),
          Interval.of(n.value(), n.qualifier()), n.qualifier(), n.counted(), n.unit(), concept, predicate, subject,
          speaker(a, span), timeIn(a.times(), sStart, sEnd), key));
    }
    return out;
  }

  private static boolean isYear(NumberMention n) {
    double v = n.value();
    return n.qualifier() == null && n.counted() == null && n.unit() == null && v == Math.rint(v) && v >= 1000
        && v <= 2100;
  }

  /** Where the figure itself starts: the span includes the hedge. */
  private static int numberStart(NumberMention n, String text) {
    int at = text.indexOf(n.text(), n.span().start());
    return at < 0 || at >= n.span().end() ? n.span().start() : at;
  }

  private boolean predicateJustBefore(List<Word> words, int numberWord) {
    int i = numberWord - 1;
    while (i >= 0 && CONNECTORS.contains(words.get(i).form())) {
      i--;
    }
    return i >= 0 && vocabulary.predicateAt(words, i) != null;
  }

  /** The concept a generic figure takes from its sentence, or null. */
  private String contextConcept(String text, List<Word> words, int numberWord, List<? extends Claim> earlier, Sentence s) {
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).form().equals("among")) {
        int from = i + 1;
        int to = Math.min(words.size(), from + AMONG_WORDS);
        String c = vocabulary.conceptOf(lemmas(words.subList(from, to)));
        if (c != null) {
          return c;
        }
      }
    }
    String best = null;
    int bestEnd = -1;
    List<Word> before = words.subList(0, Math.max(0, numberWord));
    for (Match m : vocabulary.concepts(before)) {
      if (joinedByConnectors(before, m.to(), before.size(), false)) {
        best = m.value();
        bestEnd = before.get(m.to() - 1).end();
      }
    }
    for (Claim c : earlier) {
      if (c.concept() == null || s == null || c.span().start() < s.start() || c.span().end() <= bestEnd) {
        continue;
      }
      int from = firstWordAtOrAfter(words, c.span().end());
      if (from <= numberWord && joinedByConnectors(words, from, numberWord, true)) {
        best = c.concept();
        bestEnd = c.span().end();
      }
    }
    return best;
  }

  private boolean joinedByConnectors(List<Word> words, int from, int to, boolean predicatesToo) {
    for (int i = from; i < to; i++) {
      Word w = words.get(i);
      if (CONNECTORS.contains(w.form())) {
        continue;
      }
      Match p = predicatesToo ? vocabulary.predicateAt(words, i) : null;
      if (p == null) {
        return false;
      }
      i = p.to() - 1;
    }
    return true;
  }

  private Match predicateAfter(List<Word> words, int from) {
    for (int i = from; i < Math.min(words.size(), from + WORDS_AFTER); i++) {
      Match m = vocabulary.predicateAt(words, i);
      if (m != null) {
        return m;
      }
    }
    return null;
  }

  private Match predicateBefore(List<Word> words, int numberWord) {
    for (int i = numberWord - 1; i >= Math.max(0, numberWord - WORDS_BEFORE); i--) {
      Match m = vocabulary.predicateAt(words, i);
      if (m != null && m.to() <= numberWord) {
        return m;
      }
    }
    return null;
  }

  private static String subjectBefore(List<Mention> mentions, int before, int sentenceStart) {
    Mention best = null;
    for (Mention m : mentions) {
      if (m.span().start() >= sentenceStart && m.span().end() <= before
          && (best == null || m.span().end() > best.span().end())) {
        best = m;
      }
    }
    return best == null ? null : best.text();
  }

  private static String speaker(ArticleFacts a, Span span) {
    for (Quote q : a.quotes()) {
      if (q.speaker() != null && q.span().start() <= span.start() && span.end() <= q.span().end()) {
        return q.speaker();
      }
    }
    return a.source();
  }

  private static String timeIn(List<TimeExpression> times, int start, int end) {
    for (TimeExpression t : times) {
      if (t.span().start() >= start && t.span().end() <= end && EventDates.datesEvent(t)) {
        return t.value();
      }
    }
    return null;
  }

  private static int firstWordAtOrAfter(List<Word> words, int offset) {
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).start() >= offset) {
        return i;
      }
    }
    return words.size();
  }

  private static List<String> lemmas(List<Word> words) {
    List<String> out = new ArrayList<>(words.size());
    for (Word w : words) {
      out.add(w.lemma());
    }
    return out;
  }
}
