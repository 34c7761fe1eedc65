package dev.chorus.clean;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** Which writing system a text is in, by counting its letters. */
final class Scripts {
  private Scripts() {}

  /** The script holding at least {@code share} of the letters, or null when none does or there are none. */
  static Character.UnicodeScript dominant(String text, double share) {
    Map<Character.UnicodeScript, Integer> counts = new EnumMap<>(Character.UnicodeScript.class);
    int letters = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        counts.merge(Character.UnicodeScript.of(cp), 1, Integer::sum);
        letters++;
      }
    }
    if (letters == 0) {
      return null;
    }
    for (var e : counts.entrySet()) {
      if (e.getValue() >= share * letters) {
        return e.getKey();
      }
    }
    return null;
  }

  static String name(Character.UnicodeScript s) {
    if (s == null) {
      return "mixed";
    }
    String n = s.name().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(n.charAt(0)) + n.substring(1);
  }
}
