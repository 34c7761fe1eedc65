package dev.chorus.annotate;

import dev.chorus.annotate.NlpDocument.NlpMention;
import dev.chorus.model.EntityType;
import dev.chorus.model.Mention;
import dev.chorus.model.Span;
import dev.chorus.text.WordList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Keeps the backend's PERSON, ORGANIZATION and LOCATION mentions that are names: no pronouns (CoreNLP tags "he" as
 * PERSON), no lower-case words (crawl debris such as "loader"), nothing in a photo credit ("© AFP 2023 / RUSLAN
 * PRYANIKOV…"), no headline fragments tagged as organisations ("External Forces to Disrupt Security"). Two
 * mentions split at a hyphen ("Kassym" + "-" + "Jomart Tokayev") are joined again.
 */
public final class MentionFilter {
  static final Set<String> PRONOUNS = WordList.load(MentionFilter.class, "pronouns.txt");
  /** Lower-case words an organisation's name may contain; they give no letter to its initials either. */
  static final Set<String> NAME_JOINERS = WordList.load(MentionFilter.class, "name-joiners.txt");
  /** How far after a © a name is still part of the credit. */
  private static final int CREDIT_WINDOW = 40;

  private MentionFilter() {}

  public static List<Mention> names(String articleId, NlpDocument doc, String text) {
    List<NlpMention> kept = new ArrayList<>();
    for (NlpMention m : doc.mentions()) {
      EntityType type = type(m.type());
      if (type == null) {
        continue;
      }
      if (!kept.isEmpty()) {
        NlpMention prev = kept.get(kept.size() - 1);
        if (type(prev.type()) != null && m.start() == prev.end() + 1 && text.charAt(prev.end()) == '-') {
          String joinedType = "PERSON".equals(m.type()) || "PERSON".equals(prev.type()) ? "PERSON" : m.type();
          kept.set(kept.size() - 1, new NlpMention(prev.start(), m.end(), prev.firstToken(), m.endToken(), joinedType,
              null, null, null));
          continue;
        }
      }
      kept.add(m);
    }
    List<Mention> out = new ArrayList<>();
    for (NlpMention m : kept) {
      String surface = text.substring(m.start(), m.end());
      EntityType type = type(m.type());
      if (isName(surface, type) && !inCredit(text, m.start())) {
        out.add(new Mention(new Span(articleId, m.start(), m.end()), surface, type));
      }
    }
    return out;
  }

  static EntityType type(String nerType) {
    if (nerType == null) {
      return null;
    }
    return switch (nerType) {
      case "PERSON" -> EntityType.PERSON;
      case "ORGANIZATION" -> EntityType.ORGANIZATION;
      case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> EntityType.LOCATION;
      default -> null;
    };
  }

  static boolean isName(String surface, EntityType type) {
    String s = surface.strip();
    if (s.isEmpty() || !Character.isUpperCase(s.codePointAt(0)) && !Character.isDigit(s.codePointAt(0))) {
      return false;
    }
    if (PRONOUNS.contains(s.toLowerCase(Locale.ROOT))) {
      return false;
    }
    if (s.indexOf('\n') >= 0 || s.length() > 80) {
      return false;
    }
    if (type == EntityType.ORGANIZATION) {
      for (String w : s.split("\\s+")) {
        if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !NAME_JOINERS.contains(w)) {
          return false;
        }
      }
    }
    return true;
  }

  static boolean inCredit(String text, int offset) {
    int nl = text.lastIndexOf('\n', Math.max(0, offset - 1));
    int copyright = text.lastIndexOf('©', Math.max(0, offset - 1));
    return copyright > nl && offset - copyright <= CREDIT_WINDOW;
  }
}
