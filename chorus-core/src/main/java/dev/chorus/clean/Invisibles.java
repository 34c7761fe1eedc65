package dev.chorus.clean;

import dev.chorus.model.OffsetMap;
import dev.chorus.model.Removal;
import java.util.List;

/**
 * Invisible format characters: zero-width spaces and joiners, bidi embeddings, overrides and isolates, the BOM,
 * soft hyphens. They split words for every later stage and can reorder what a reader sees (the "Trojan Source"
 * trick), so cleaning drops them and records where.
 */
final class Invisibles {
  private Invisibles() {}

  static boolean isInvisible(char c) {
    return (c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2060' && c <= '\u2064')
        || (c >= '\u2066' && c <= '\u2069') || c == '\uFEFF' || c == '\u00AD' || c == '\u061C'
        || (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r');
  }

  static boolean hasVisible(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isInvisible(c) && !Character.isWhitespace(c)) {
        return true;
      }
    }
    return false;
  }

  static String strip(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      if (isInvisible(s.charAt(i))) {
        if (sb == null) {
          sb = new StringBuilder(s.length()).append(s, 0, i);
        }
      } else if (sb != null) {
        sb.append(s.charAt(i));
      }
    }
    return sb == null ? s : sb.toString();
  }

  /**
   * Appends {@code orig[start, end)} to {@code out} without invisible characters, recording the kept pieces in
   * {@code map} and each dropped run in {@code removed}.
   */
  static void copyVisible(String orig, int start, int end, StringBuilder out, OffsetMap.Builder map,
      List<Removal> removed) {
    int runStart = start;
    int i = start;
    while (i < end) {
      if (isInvisible(orig.charAt(i))) {
        if (i > runStart) {
          map.keep(out.length(), runStart, i - runStart);
          out.append(orig, runStart, i);
        }
        int j = i;
        while (j < end && isInvisible(orig.charAt(j))) {
          j++;
        }
        removed.add(new Removal(i, j, orig.substring(i, j), "invisible format character"));
        i = j;
        runStart = j;
      } else {
        i++;
      }
    }
    if (end > runStart) {
      map.keep(out.length(), runStart, end - runStart);
      out.append(orig, runStart, end);
    }
  }
}
