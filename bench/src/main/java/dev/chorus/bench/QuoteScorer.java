package dev.chorus.bench;

import dev.chorus.bench.PolnearCorpus.Attribution;
import dev.chorus.bench.PolnearCorpus.Doc;
import dev.chorus.bench.PolnearCorpus.GoldQuote;
import dev.chorus.bench.PolnearCorpus.Range;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores predicted quotes and speakers against PolNeAR's gold quotes (see {@link PolnearCorpus}).
 *
 * <p><b>Quotes.</b> A predicted quote matches a gold quote when their spans share a character; each is matched at
 * most once. Recall is matched gold over gold, precision matched predictions over predictions. Partial quotes
 * (a quoted phrase inside an attributed statement) are gold quotes like any other.
 *
 * <p><b>Speakers</b>, over gold quotes whose attribution has a Source. A gold quote's speaker is right when a
 * predicted quote matches it and its speaker (a) has a span (as written, or of the entity it was resolved to) that
 * overlaps the gold Source's span, or (b) has a text (as written or resolved) whose head is the gold Source's
 * head. The head of a phrase is its last word before a post-modifier ("of", "for", "at", "from", "in", "with",
 * "who", "that", a comma or a bracket), possessive dropped, lower case: "a spokesman for Clinton" → spokesman,
 * "Gov. Mike Pence (R-IN)" → pence. A pronoun Source must be resolved: only (b) counts, against the head of its
 * stand-in antecedent, the nearest named Source before it in the article (PolNeAR has no coreference; in news a
 * pronoun source nearly always continues the speaker last named), so finding the "he" of "he said" is not enough;
 * with no named Source before it, a pronoun's speaker cannot be right.
 *
 * <p><b>Kinds of source</b>, from the gold Source text: a pronoun if it is one of {@link #PRONOUNS}; named if its
 * head is capitalised (a one-word capitalised source that opens a sentence is a description when the word also appears
 * in lower case in the article: "Sources said"); else a description.
 */
final class QuoteScorer {
  enum Kind { NAMED, DESCRIPTION, PRONOUN }

  static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you", "him", "her", "them",
      "us", "me", "his", "its", "their", "our");
  private static final Set<String> POST_MODIFIERS = Set.of("of", "for", "at", "from", "in", "with", "who", "that",
      "which", "on", "to", "and");

  /** A predicted quote: its span without marks, and its speaker's texts and spans (empty when it has none). */
  record Predicted(Range span, List<String> speakerTexts, List<Range> speakerSpans) {
    boolean hasSpeaker() {
      return !speakerTexts.isEmpty() || !speakerSpans.isEmpty();
    }
  }

  static final class Counts {
    int gold;
    int predicted;
    int matchedGold;
    int matchedPredicted;
    int shortGold;
    int shortFound;
    final Map<Kind, int[]> speakers = new EnumMap<>(Kind.class);
    List<String> errors;

    Counts() {
      for (Kind k : Kind.values()) {
        speakers.put(k, new int[2]);
      }
    }

    double recall() {
      return gold == 0 ? 0 : (double) matchedGold / gold;
    }

    double precision() {
      return predicted == 0 ? 0 : (double) matchedPredicted / predicted;
    }

    double shortRecall() {
      return shortGold == 0 ? 0 : (double) shortFound / shortGold;
    }

    double speakerAccuracy() {
      int right = 0;
      int all = 0;
      for (int[] c : speakers.values()) {
        right += c[0];
        all += c[1];
      }
      return all == 0 ? 0 : (double) right / all;
    }

    double speakerAccuracy(Kind k) {
      int[] c = speakers.get(k);
      return c[1] == 0 ? 0 : (double) c[0] / c[1];
    }

    int speakerCount(Kind k) {
      return speakers.get(k)[1];
    }
  }

  private QuoteScorer() {}

  /** Quoted phrases under this many words are the ones the product once filed as scare quotes. */
  static final int SHORT_WORDS = 4;

  static void add(Counts counts, Doc doc, List<Predicted> predictions) {
    counts.gold += doc.quotes().size();
    counts.predicted += predictions.size();
    boolean[] used = new boolean[predictions.size()];
    for (GoldQuote g : doc.quotes()) {
      Predicted match = null;
      for (int i = 0; i < predictions.size(); i++) {
        if (!used[i] && predictions.get(i).span().overlaps(g.span())) {
          used[i] = true;
          match = predictions.get(i);
          counts.matchedPredicted++;
          break;
        }
      }
      if (match != null) {
        counts.matchedGold++;
      }
      boolean isShort = words(doc.text().substring(g.span().start(), g.span().end())) < SHORT_WORDS;
      if (isShort) {
        counts.shortGold++;
        counts.shortFound += match == null ? 0 : 1;
      }
      Attribution a = g.attribution();
      if (a.source() == null) {
        continue;
      }
      Kind kind = kind(doc.text(), a.source(), a.sourceText());
      boolean right = match != null && speakerRight(doc, a, kind, match);
      int[] c = counts.speakers.get(kind);
      c[0] += right ? 1 : 0;
      c[1]++;
      if (!right && counts.errors != null) {
        counts.errors.add(String.format("%s\t%s\tgold=%s\tpredicted=%s\t%s", doc.name(), kind, a.sourceText(),
            match == null ? "(quote missed)" : describe(doc.text(), match), context(doc.text(), g.span())));
      }
    }
    for (int i = 0; counts.errors != null && i < predictions.size(); i++) {
      if (!used[i]) {
        counts.errors.add(String.format("%s\tNOT-GOLD\tpredicted=%s\t%s", doc.name(),
            describe(doc.text(), predictions.get(i)), context(doc.text(), predictions.get(i).span())));
      }
    }
  }

  static boolean speakerRight(Doc doc, Attribution a, Kind kind, Predicted p) {
    for (Range r : p.speakerSpans()) {
      if (kind != Kind.PRONOUN && r.overlaps(a.source())) {
        return true;
      }
    }
    String goldHead = kind == Kind.PRONOUN ? antecedentHead(doc, a.source()) : head(a.sourceText());
    if (goldHead == null) {
      return false;
    }
    for (String t : p.speakerTexts()) {
      if (goldHead.equals(head(t))) {
        return true;
      }
    }
    for (Range r : p.speakerSpans()) {
      if (goldHead.equals(head(doc.text().substring(r.start(), r.end())))) {
        return true;
      }
    }
    return false;
  }

  /** The head of the nearest named Source before {@code source}, or null. */
  static String antecedentHead(Doc doc, Range source) {
    Attribution best = null;
    for (Attribution a : doc.attributions()) {
      if (a.source() != null && a.source().end() <= source.start()
          && kind(doc.text(), a.source(), a.sourceText()) == Kind.NAMED
          && (best == null || a.source().end() > best.source().end())) {
        best = a;
      }
    }
    return best == null ? null : head(best.sourceText());
  }

  static Kind kind(String text, Range span, String source) {
    String s = source.strip();
    if (PRONOUNS.contains(s.toLowerCase(Locale.ROOT))) {
      return Kind.PRONOUN;
    }
    String[] w = headWords(s);
    if (w.length == 0) {
      return Kind.DESCRIPTION;
    }
    String h = w[w.length - 1];
    if (h.isEmpty() || !Character.isUpperCase(h.charAt(0))) {
      return Kind.DESCRIPTION;
    }
    if (w.length == 1 && opensSentence(text, span.start())
        && text.contains(" " + h.toLowerCase(Locale.ROOT) + " ")) {
      return Kind.DESCRIPTION; // "Sources said": capitalised only because it opens the sentence
    }
    return Kind.NAMED;
  }

  static String head(String phrase) {
    if (phrase == null) {
      return null;
    }
    String[] w = headWords(phrase.strip());
    return w.length == 0 ? null : w[w.length - 1].toLowerCase(Locale.ROOT);
  }

  /** The words of a phrase up to its first post-modifier, possessives and punctuation dropped. */
  private static String[] headWords(String phrase) {
    List<String> out = new ArrayList<>();
    for (String raw : phrase.split("\\s+")) {
      if (raw.startsWith("(")) {
        break;
      }
      String w = raw.replaceAll("(’s|'s|’|')$", "");
      boolean comma = w.endsWith(",");
      w = w.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
      if (!out.isEmpty() && POST_MODIFIERS.contains(w.toLowerCase(Locale.ROOT))) {
        break;
      }
      if (!w.isEmpty()) {
        out.add(w);
      }
      if (comma) {
        break;
      }
    }
    return out.toArray(new String[0]);
  }

  private static boolean opensSentence(String text, int offset) {
    int i = offset - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || "“\"‘(".indexOf(text.charAt(i)) >= 0)) {
      i--;
    }
    return i < 0 || ".!?\n:”\"".indexOf(text.charAt(i)) >= 0;
  }

  private static int words(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  private static String describe(String text, Predicted p) {
    if (!p.hasSpeaker()) {
      return "(none)";
    }
    String quote = text.substring(p.span().start(), Math.min(p.span().end(), p.span().start() + 30));
    StringBuilder b = new StringBuilder("[" + quote.replace('\n', '¶') + "…] ");
    b.append(String.join("/", p.speakerTexts()));
    for (Range r : p.speakerSpans()) {
      b.append(" @").append(r.start()).append('[').append(text, r.start(), r.end()).append(']');
    }
    return b.toString();
  }

  private static String context(String text, Range q) {
    int from = Math.max(0, q.start() - 120);
    int to = Math.min(text.length(), q.end() + 120);
    return text.substring(from, to).replace('\n', '¶').replace('\t', ' ');
  }
}
