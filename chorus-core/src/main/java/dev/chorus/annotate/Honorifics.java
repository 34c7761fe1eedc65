package dev.chorus.annotate;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an article's own honorifics say of its people's gender ("Mr. Obama", "Ms. Clinton"), so that "she said"
 * does not go to the nearest man. News in the style of the New York Times and of wire copy names people this way;
 * where it does not, nothing is known and every person stays compatible with every pronoun.
 */
final class Honorifics {
  enum Gender { MALE, FEMALE }

  /** An honorific and the one or two capitalised words after it ("Mr. Trump", "Ms. Hillary Clinton"). */
  private static final Pattern TITLED =
      Pattern.compile("\\b(Mr|Mrs|Ms|Miss)\\.?\\s+(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?)");

  private Honorifics() {}

  /** Surname (lower case) to gender; a surname given both honorifics (two people) is left out. */
  static Map<String, Gender> genders(String text) {
    Map<String, Gender> out = new HashMap<>();
    Map<String, Boolean> clash = new HashMap<>();
    Matcher m = TITLED.matcher(text);
    while (m.find()) {
      Gender g = m.group(1).equals("Mr") ? Gender.MALE : Gender.FEMALE;
      String surname = surname(m.group(2));
      Gender before = out.putIfAbsent(surname, g);
      if (before != null && before != g) {
        clash.put(surname, true);
      }
    }
    clash.keySet().forEach(out::remove);
    return out;
  }

  static String surname(String name) {
    String[] words = name.strip().split("\\s+");
    return words[words.length - 1].replaceAll("(’s|'s)$", "").toLowerCase(Locale.ROOT);
  }

  /** The gender a personal pronoun gives, or null for one that gives none. */
  static Gender genderOf(String pronoun) {
    return switch (pronoun) {
      case "he", "him", "his" -> Gender.MALE;
      case "she", "her", "hers" -> Gender.FEMALE;
      default -> null;
    };
  }
}
