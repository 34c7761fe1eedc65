package dev.chorus.annotate;

import dev.chorus.annotate.NlpDocument.Token;
import dev.chorus.model.EntityType;
import dev.chorus.text.WordList;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The words and tokens that cue a speaker: speech verbs, pronouns, person heads, marks and brackets. */
final class SpeakerCues {
  /** Lemmas of verbs that introduce speech. */
  static final Set<String> SPEECH_VERBS = WordList.load(SpeakerCues.class, "speech-verbs.txt");
  /** Pronouns a speaker may be given as, and the type of the name each stands for. */
  static final Map<String, EntityType> PRONOUNS = pronouns();
  /** Heads of descriptions that stand for a person named earlier ("the Kazakh president"). */
  static final Set<String> PERSON_HEADS = WordList.load(SpeakerCues.class, "person-heads.txt");

  private SpeakerCues() {}

  static Map<String, EntityType> pronouns() {
    Map<String, EntityType> out = new HashMap<>();
    for (String line : WordList.lines(SpeakerFinder.class, "speaker-pronouns.tsv")) {
      String[] cols = line.split("\t");
      out.put(cols[0].strip().toLowerCase(Locale.ROOT), EntityType.valueOf(cols[1].strip()));
    }
    return Map.copyOf(out);
  }

  static boolean isSpeechVerb(Token t) {
    return t.pos().startsWith("VB") && t.lemma() != null && SPEECH_VERBS.contains(t.lemma().toLowerCase(Locale.ROOT));
  }

  static boolean isNominal(Token t) {
    String p = t.pos();
    return p.startsWith("NN") || p.equals("JJ") || p.equals("DT") || p.equals("POS") || p.equals("PRP")
        || p.equals("HYPH");
  }

  static boolean isPunct(Token t) {
    return !Character.isLetterOrDigit(t.word().charAt(0));
  }

  static boolean isQuoteMark(String w) {
    return w.equals("``") || w.equals("''") || w.equals("\"") || w.equals("«") || w.equals("»") || w.equals("“")
        || w.equals("”");
  }

  static boolean isDash(String w) {
    return w.equals("―") || w.equals("—") || w.equals("–") || w.equals("--");
  }

  static boolean isClosingBracket(String w) {
    return w.equals(")") || w.equals("-RRB-");
  }

  static boolean isOpeningBracket(String w) {
    return w.equals("(") || w.equals("-LRB-");
  }
}
