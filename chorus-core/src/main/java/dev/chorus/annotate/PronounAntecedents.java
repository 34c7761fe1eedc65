package dev.chorus.annotate;

import dev.chorus.annotate.NlpDocument.Token;
import dev.chorus.model.EntityType;
import dev.chorus.model.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The people personal pronouns stand for, read from the sentences before them (no coreference model). */
final class PronounAntecedents {
  /** How many sentences back a pronoun's antecedent is looked for (and how many pronoun subjects are followed). */
  static final int PRONOUN_SENTENCES = 4;

  private final NlpDocument doc;
  private final List<Mention> mentions;
  private final DocPositions positions;
  /** Spans of quotes (four words and more) in the text. */
  private final List<int[]> quoted = new ArrayList<>();
  /** People's genders as the article gives them, keyed by surname (see {@link PersonGenders}). */
  private final Map<String, Honorifics.Gender> genders;

  PronounAntecedents(NlpDocument doc, String text, List<Mention> mentions, DocPositions positions) {
    this.doc = doc;
    this.mentions = mentions;
    this.positions = positions;
    for (QuoteFinder.Found f : new QuoteFinder().find(text)) {
      if (f.kind() == QuoteFinder.Kind.QUOTE) {
        quoted.add(new int[] {f.start(), f.end()});
      }
    }
    this.genders = PersonGenders.of(doc, text, mentions);
  }

  /**
   * The person a personal pronoun ("he", "she") stands for: the subject of the nearest sentence before it that
   * opens with a compatible person (a pronoun subject there is followed back in turn), else the nearest compatible
   * person. Names inside quotes are passed over (the speaker is rarely someone the quote talks about), and so are
   * people the article gives the other gender.
   */
  Mention of(int offset, String pronoun, int depth) {
    Honorifics.Gender want = Honorifics.genderOf(pronoun);
    int k = positions.sentenceIndexAt(offset);
    for (int j = k; j >= 0 && j >= k - PRONOUN_SENTENCES; j--) {
      NlpDocument.Sentence sj = doc.sentences().get(j);
      Token opening = doc.tokens().get(sj.firstToken());
      if (j < k && depth < PRONOUN_SENTENCES && opening.start() < offset
          && Honorifics.genderOf(opening.word().toLowerCase(Locale.ROOT)) == want && want != null) {
        return of(opening.start(), opening.word().toLowerCase(Locale.ROOT), depth + 1);
      }
      for (Mention m : mentions) {
        if (m.span().start() >= Math.min(offset, sj.end())) {
          break;
        }
        if (m.span().start() >= sj.start() && compatible(m, want)) {
          return m; // the first person of that sentence outside quotes
        }
      }
    }
    Mention best = null;
    for (Mention m : mentions) {
      if (m.span().end() > offset) {
        break;
      }
      if (compatible(m, want)) {
        best = m;
      }
    }
    return best != null ? best : SpeakerPhrases.nearestBefore(mentions, offset, EntityType.PERSON, null);
  }

  private boolean compatible(Mention m, Honorifics.Gender want) {
    if (m.type() != EntityType.PERSON || isQuoted(m.span().start())) {
      return false;
    }
    Honorifics.Gender g = genders.get(Honorifics.surname(m.text()));
    return g == null || want == null || g == want;
  }

  boolean isQuoted(int offset) {
    for (int[] q : quoted) {
      if (q[0] <= offset && offset < q[1]) {
        return true;
      }
    }
    return false;
  }
}
