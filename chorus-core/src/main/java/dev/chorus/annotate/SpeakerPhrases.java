package dev.chorus.annotate;

import dev.chorus.annotate.NlpDocument.Token;
import dev.chorus.annotate.SpeakerFinder.Speaker;
import dev.chorus.model.EntityType;
import dev.chorus.model.Mention;
import java.util.List;
import java.util.Locale;

/** Reads a speaker's noun phrase off the tokens before a cue, and the name mention it stands for. */
final class SpeakerPhrases {
  private final NlpDocument doc;
  private final String text;
  private final List<Mention> mentions;
  private final PronounAntecedents antecedents;

  SpeakerPhrases(NlpDocument doc, String text, List<Mention> mentions, PronounAntecedents antecedents) {
    this.doc = doc;
    this.text = text;
    this.mentions = mentions;
    this.antecedents = antecedents;
  }

  Mention mentionEndingAt(int offset) {
    for (Mention m : mentions) {
      if (m.span().end() == offset) {
        return m;
      }
    }
    return null;
  }

  Speaker phraseEndingAt(int endToken, int floor) {
    int s = endToken;
    while (s > floor) {
      Token prev = doc.tokens().get(s - 1);
      boolean ofInside = prev.word().equalsIgnoreCase("of") && s < endToken
          && (doc.tokens().get(s).pos().startsWith("NNP") || doc.tokens().get(s).pos().equals("DT"));
      boolean theAfterOf = prev.pos().equals("DT") && s - 2 >= floor && doc.tokens().get(s - 2).word().equalsIgnoreCase("of");
      if (SpeakerCues.isNominal(prev) || ofInside || theAfterOf) {
        s--;
        if (prev.pos().equals("DT") && !theAfterOf) {
          break;
        }
      } else {
        break;
      }
    }
    return s < endToken ? nounPhrase(s, endToken) : null;
  }

  Speaker nounPhrase(int from, int to) {
    Token a = doc.tokens().get(from);
    Token b = doc.tokens().get(to - 1);
    String phrase = text.substring(a.start(), b.end());
    String lower = phrase.toLowerCase(Locale.ROOT);
    EntityType want = to - from == 1 ? SpeakerCues.PRONOUNS.get(lower) : null;
    if (want != null) {
      Mention m = want == EntityType.PERSON ? antecedents.of(a.start(), lower, 0) : nearestBefore(a.start(), want, null);
      return m == null ? null : new Speaker(m.text(), m.span().start(), m.span().end());
    }
    Mention inside = null;
    for (Mention m : mentions) {
      if (m.type() != EntityType.LOCATION && m.span().start() >= a.start() && m.span().end() <= b.end()
          && (inside == null || m.type() == EntityType.PERSON || inside.type() != EntityType.PERSON)) {
        inside = m;
      }
    }
    if (inside != null) {
      return new Speaker(inside.text(), inside.span().start(), inside.span().end());
    }
    String head = b.word().toLowerCase(Locale.ROOT);
    if (!b.pos().startsWith("NN")) {
      return null;
    }
    Mention named = SpeakerCues.PERSON_HEADS.contains(head)
        ? nearestBefore(a.start(), EntityType.PERSON, null)
        : nearestBefore(a.start(), EntityType.ORGANIZATION, head);
    if (named == null && !SpeakerCues.PERSON_HEADS.contains(head)) {
      named = nearestBefore(a.start(), EntityType.ORGANIZATION, null);
    }
    if (named != null) {
      return new Speaker(phrase, named.span().start(), named.span().end());
    }
    return new Speaker(phrase, a.start(), b.end());
  }

  /** The nearest mention of {@code type} before {@code offset}; with a head noun, one whose name contains it. */
  Mention nearestBefore(int offset, EntityType type, String head) {
    return nearestBefore(mentions, offset, type, head);
  }

  static Mention nearestBefore(List<Mention> mentions, int offset, EntityType type, String head) {
    Mention best = null;
    for (Mention m : mentions) {
      if (m.span().end() > offset) {
        break;
      }
      if (m.type() == type && (head == null || m.text().toLowerCase(Locale.ROOT).contains(head))) {
        best = m;
      }
    }
    return best;
  }

}
