package dev.chorus.annotate;

import dev.chorus.annotate.NlpDocument.Sentence;
import dev.chorus.annotate.NlpDocument.Token;
import dev.chorus.model.TimeExpression.Direction;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The tense of the verb a time expression depends on, from part-of-speech tags (Penn Treebank, as CoreNLP gives
 * them). The verb is the one nearest the expression in its sentence (the left one on a tie: in news, time
 * adjuncts mostly follow their verb, "was arrested in August"); its tense is read from the verb group around it
 * (auxiliaries, modals, adverbs, "to"):
 * <ul>
 *   <li>FUTURE: a future modal ("will", "'ll", "shall", "wo(n't)"), "going to", or a bare infinitive after "to"
 *       ("plans to meet on Friday", "planned to leave on Thursday": an intention is reported before it is
 *       carried out);</li>
 *   <li>PAST: a past-tense verb (VBD) or a perfect ("has left", "had met");</li>
 *   <li>NONE otherwise (present tense, other modals, no verb): the tense does not say.</li>
 * </ul>
 */
final class GoverningTense {
  private static final Set<String> FUTURE_MODALS = Set.of("will", "'ll", "shall", "wo", "ll");
  private static final Set<String> HAVE = Set.of("has", "have", "had", "'ve", "'d", "having");

  private GoverningTense() {}

  /** The direction for the expression over tokens {@code [first, end)}. */
  static Direction of(NlpDocument doc, int first, int end) {
    List<Token> tokens = doc.tokens();
    Sentence s = sentenceOf(doc, first);
    if (s == null) {
      return Direction.NONE;
    }
    int verb = -1;
    for (int d = 1; verb < 0 && (first - d >= s.firstToken() || end - 1 + d < s.endToken()); d++) {
      if (first - d >= s.firstToken() && isVerb(tokens.get(first - d))) {
        verb = first - d;
      } else if (end - 1 + d < s.endToken() && isVerb(tokens.get(end - 1 + d))) {
        verb = end - 1 + d;
      }
    }
    if (verb < 0) {
      return Direction.NONE;
    }
    int from = verb;
    while (from - 1 >= s.firstToken() && (from - 1 < first || from - 1 >= end) && inGroup(tokens.get(from - 1))) {
      from--;
    }
    int to = verb;
    while (to + 1 < s.endToken() && (to + 1 < first || to + 1 >= end) && inGroup(tokens.get(to + 1))) {
      to++;
    }
    return tense(tokens.subList(from, to + 1));
  }

  /** The tense of one verb group. */
  static Direction tense(List<Token> group) {
    boolean past = false;
    boolean have = false;
    for (int i = 0; i < group.size(); i++) {
      Token t = group.get(i);
      String w = t.word().toLowerCase(Locale.ROOT);
      String next = i + 1 < group.size() ? group.get(i + 1).word().toLowerCase(Locale.ROOT) : "";
      if (t.pos().equals("MD") && FUTURE_MODALS.contains(w)) {
        return Direction.FUTURE;
      }
      if (w.equals("going") && next.equals("to")) {
        return Direction.FUTURE;
      }
      if (t.pos().equals("TO") && i + 1 < group.size() && group.get(i + 1).pos().equals("VB")) {
        return Direction.FUTURE; // "planned to leave on Thursday": reported before it happens
      }
      if (t.pos().equals("MD")) {
        return Direction.NONE; // would, could, may: the tense does not say
      }
      if (t.pos().equals("VBD")) {
        past = true;
      }
      if (HAVE.contains(w) && t.pos().startsWith("VB")) {
        have = true;
      }
      if (t.pos().equals("VBN") && have) {
        past = true;
      }
    }
    return past ? Direction.PAST : Direction.NONE;
  }

  private static boolean isVerb(Token t) {
    return t.pos().startsWith("VB") || t.pos().equals("MD");
  }

  private static boolean inGroup(Token t) {
    return isVerb(t) || t.pos().equals("RB") || t.pos().equals("TO");
  }

  private static Sentence sentenceOf(NlpDocument doc, int token) {
    for (Sentence s : doc.sentences()) {
      if (s.firstToken() <= token && token < s.endToken()) {
        return s;
      }
    }
    return null;
  }
}
