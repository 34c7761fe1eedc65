package dev.chorus.annotate;

import dev.chorus.annotate.NlpDocument.Sentence;
import dev.chorus.annotate.NlpDocument.Token;
import dev.chorus.model.TimeExpression.Direction;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The tense of the verb a time expression depends on, from part-of-speech tags (Penn Treebank, as CoreNLP gives
 * them). The verb is the nearest one before the expression in its clause (in news, time adjuncts mostly follow
 * their verb: "was arrested in August"), else one of the next three tokens ("On Friday the court ruled"); a
 * comma, colon, semicolon, quote or bracket ends the clause ("payable Dec. 1 to stock of record Nov. 10" is not
 * governed by "declared" before the comma), except the comma after an opening adjunct ("In January, the company
 * sold ...": the main verb, a few words on, governs it). Its tense is read from the verb group around it (auxiliaries,
 * modals, adverbs, "to"). Before the verb, two signals of the expression itself win: its own words ("last
 * April" looks back, "next Friday" ahead, whatever the verb), and a preposition of a limit or target before it
 * ("was extended to Nov. 16", "until Friday": a past verb says nothing of the end point), which leaves NONE:
 * <ul>
 *   <li>FUTURE: a future modal ("will", "'ll", "shall", "wo(n't)") or "going to";</li>
 *   <li>FUTURE too: an infinitive after a verb of intention ("planned to leave", "is set to resume"), a verb of
 *       scheduling in any tense for what it arranged ("has scheduled a news conference Thursday", "was planned for
 *       early March"), and "as soon as", "as early as" or "ahead of" before the expression;</li>
 *   <li>PAST: a past-tense verb (VBD), a perfect ("has left", "had met"), or a participle on its own after its
 *       noun ("products introduced in April", "the year ended March 31"), unless it is one of intention ("a
 *       meeting scheduled for Friday");</li>
 *   <li>NONE otherwise (present tense, an infinitive, other modals, no verb): the tense does not say.</li>
 * </ul>
 */
final class GoverningTense {
  private static final Set<String> FUTURE_MODALS = Set.of("will", "'ll", "shall", "wo", "ll");
  /** How far after the expression a verb may stand and still govern it ("on Friday, he said" is cut by the comma). */
  private static final int RIGHT_WINDOW = 3;
  /** How far after an opening adjunct's comma the main verb may stand: a subject of a few words, then the verb. */
  private static final int OPENING_WINDOW = 7;
  /** Words of the expression (or just before it) that place it themselves: "last April", "the coming week". */
  private static final Set<String> BACK = Set.of("last", "past", "previous", "ago", "earlier");
  private static final Set<String> AHEAD = Set.of("next", "coming", "upcoming");
  /** Prepositions of a limit or target: "extended to Nov. 16", "until Friday" may lie ahead of a past verb. */
  private static final Set<String> END_POINT = Set.of("to", "until", "till", "through", "by");
  private static final Set<String> HAVE = Set.of("has", "have", "had", "'ve", "'d", "having");
  /**
   * Verbs whose infinitive lies ahead of them: "planned to leave on Thursday", "is set to resume Monday",
   * "scheduled to close Monday", "is to resume trading Tuesday". Lemmas, as CoreNLP gives them.
   */
  private static final Set<String> INTENTION = Set.of("plan", "schedule", "set", "expect", "intend", "aim", "hope",
      "prepare", "propose", "want", "agree", "promise", "vow", "threaten", "be");
  /**
   * Verbs that arrange something for a later day whatever their own tense: "has scheduled a news conference
   * Thursday". Not "set" ("set a record Friday") nor "agree", "promise" ("agreed Friday to ..."), whose day is that
   * of the act.
   */
  private static final Set<String> SCHEDULING = Set.of("plan", "schedule");
  /** "as soon as Tuesday", "as early as next week": the earliest of what lies ahead. */
  private static final Set<String> EARLIEST = Set.of("soon", "early");

  private GoverningTense() {}

  /** The direction for the expression over tokens {@code [first, end)}. */
  static Direction of(NlpDocument doc, int first, int end) {
    List<Token> tokens = doc.tokens();
    Sentence s = sentenceOf(doc, first);
    if (s == null) {
      return Direction.NONE;
    }
    Direction written = written(tokens, Math.max(s.firstToken(), first - 1), end);
    if (written != null) {
      return written;
    }
    if (first - 3 >= s.firstToken() && word(tokens, first - 1).equals("as") && word(tokens, first - 3).equals("as")
        && EARLIEST.contains(word(tokens, first - 2))) {
      return Direction.FUTURE;
    }
    if (first - 2 >= s.firstToken() && word(tokens, first - 1).equals("of") && word(tokens, first - 2).equals("ahead")) {
      return Direction.FUTURE; // "ahead of the weekend": what lies ahead of the verb's time, whatever its tense
    }
    if (first > s.firstToken() && END_POINT.contains(tokens.get(first - 1).word().toLowerCase(Locale.ROOT))) {
      return Direction.NONE;
    }
    int verb = -1;
    for (int i = first - 1; i >= s.firstToken() && !isClauseBreak(tokens.get(i)); i--) {
      if (isVerb(tokens.get(i))) {
        verb = i;
        break;
      }
    }
    // an opening adjunct ("In January, American Medical brought ..."): its comma leads to the main clause
    boolean opening = first - s.firstToken() <= 1 && end < s.endToken() && tokens.get(end).pos().equals(",");
    int window = opening ? OPENING_WINDOW : RIGHT_WINDOW;
    int limit = end + window;
    for (int i = opening ? end + 1 : end; verb < 0 && i < Math.min(s.endToken(), limit); i++) {
      if (isClauseBreak(tokens.get(i))) {
        break;
      }
      if (isVerb(tokens.get(i))) {
        verb = i;
      } else if (opening && tokens.get(i).pos().startsWith("NNP")) {
        limit++; // a name is one unit of the subject: "On Tuesday, the National Abortion Rights Action League plans"
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
    List<Token> group = tokens.subList(from, to + 1);
    Direction tense = tense(group);
    if (tense != Direction.FUTURE && isScheduling(group) && arranged(tokens, to, first)) {
      return Direction.FUTURE; // "has scheduled a news conference Thursday", "planned a demonstration on Saturday"
    }
    return tense;
  }

  /**
   * The expression is what the verb before it arranged: an object stands between ("scheduled a news conference
   * Thursday") or "for" ("scheduled for Friday"); "planned in March" dates the planning itself.
   */
  private static boolean arranged(List<Token> tokens, int verbEnd, int first) {
    if (verbEnd >= first) {
      return false;
    }
    if (word(tokens, first - 1).equals("for")) {
      return true;
    }
    for (int i = verbEnd + 1; i < first; i++) {
      if (tokens.get(i).pos().startsWith("NN")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A finite or perfect verb of scheduling in the group: what it arranges for a day lies after the arranging. A
   * participle alone after its noun ("the concert planned for Saturday was canceled") is left to the tense rules.
   */
  private static boolean isScheduling(List<Token> group) {
    for (Token t : group) {
      if (t.pos().startsWith("VB") && SCHEDULING.contains(t.lemma().toLowerCase(Locale.ROOT))
          && (group.size() > 1 || !t.pos().equals("VBN"))) {
        return true;
      }
    }
    return false;
  }

  /** The direction the expression's own words give ("last April", "next Friday"), or null. */
  private static Direction written(List<Token> tokens, int from, int end) {
    for (int i = from; i < end; i++) {
      String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
      if (BACK.contains(w)) {
        return Direction.PAST;
      }
      if (AHEAD.contains(w)) {
        return Direction.FUTURE;
      }
    }
    return null;
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
        // an infinitive has no tense ("pleased to note"), but one after a verb of intention lies ahead
        return i > 0 && INTENTION.contains(group.get(i - 1).lemma().toLowerCase(Locale.ROOT)) ? Direction.FUTURE
            : Direction.NONE;
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
      if (t.pos().equals("VBN") && group.size() == 1 && !INTENTION.contains(t.lemma().toLowerCase(Locale.ROOT))) {
        past = true; // a participle on its own, after its noun: "products introduced in April", "the year ended"
      }
    }
    return past ? Direction.PAST : Direction.NONE;
  }

  private static String word(List<Token> tokens, int i) {
    return tokens.get(i).word().toLowerCase(Locale.ROOT);
  }

  /** Punctuation that ends a clause: the verb beyond it governs something else. */
  private static boolean isClauseBreak(Token t) {
    return t.pos().equals(",") || t.pos().equals(":") || t.word().equals(";") || t.pos().equals("``")
        || t.pos().equals("''") || t.pos().equals("-LRB-") || t.pos().equals("-RRB-");
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
