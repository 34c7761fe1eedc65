package dev.chorus.annotate;

import dev.chorus.annotate.Honorifics.Gender;
import dev.chorus.annotate.NlpDocument.Token;
import dev.chorus.model.EntityType;
import dev.chorus.model.Mention;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * People's genders as one article gives them, keyed by surname: by honorific ("Mr. Obama", "Ms. Clinton"), else
 * by the pronouns that follow a name in its sentence with no other person in between ("Clinton said her plan
 * …" votes female, "Trump said he …" male), the majority of votes deciding; a pronoun opening the next sentence
 * is what is to be resolved, so it does not vote. A light stand-in for coreference, enough to keep "she
 * said" from the nearest man; a surname with no evidence stays compatible with every pronoun.
 */
final class PersonGenders {
  private PersonGenders() {}

  private static int sentenceEnd(NlpDocument doc, int offset) {
    for (NlpDocument.Sentence s : doc.sentences()) {
      if (s.end() > offset) {
        return s.endToken();
      }
    }
    return doc.tokens().size();
  }

  static Map<String, Gender> of(NlpDocument doc, String text, List<Mention> mentions) {
    Map<String, Gender> titled = Honorifics.genders(text);
    Map<String, int[]> votes = new HashMap<>();
    List<Token> tokens = doc.tokens();
    int mi = 0;
    for (int k = 0; k < mentions.size(); k++) {
      Mention m = mentions.get(k);
      if (m.type() != EntityType.PERSON) {
        continue;
      }
      int nextPerson = Integer.MAX_VALUE;
      for (int j = k + 1; j < mentions.size(); j++) {
        if (mentions.get(j).type() == EntityType.PERSON) {
          nextPerson = mentions.get(j).span().start();
          break;
        }
      }
      while (mi < tokens.size() && tokens.get(mi).start() < m.span().end()) {
        mi++;
      }
      int sentenceEnd = sentenceEnd(doc, m.span().start());
      for (int t = mi; t < sentenceEnd && tokens.get(t).start() < nextPerson; t++) {
        Gender g = Honorifics.genderOf(tokens.get(t).word().toLowerCase(Locale.ROOT));
        if (g != null) {
          votes.computeIfAbsent(Honorifics.surname(m.text()), s -> new int[2])[g.ordinal()]++;
          break;
        }
      }
    }
    Map<String, Gender> out = new HashMap<>();
    votes.forEach((surname, v) -> {
      if (v[0] != v[1]) {
        out.put(surname, v[0] > v[1] ? Gender.MALE : Gender.FEMALE);
      }
    });
    out.putAll(titled);
    return out;
  }
}
