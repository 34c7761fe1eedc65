package dev.chorus.extract;

import dev.chorus.model.OffsetMap;
import java.util.Arrays;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;

/**
 * Where each character of a block's text stands in the HTML as given. The parser (tracking positions) gives each text
 * node its range in the page; inside it, a decoded character is found at the next source character that equals it, a
 * character reference ({@code &amp;}, {@code &#8217;}) stands for what it decodes to, and a {@code \r} the parser
 * dropped is skipped. Characters with no place (a node the parser made up) get {@code -1} and no piece of the map.
 *
 * <p>Collects one block at a time; not thread-safe.
 */
final class SourcePositions {
  /** Longest character reference looked for ({@code &CounterClockwiseContourIntegral;} is 33 characters). */
  private static final int MAX_REFERENCE = 40;

  private final String html;
  private int[] positions = new int[256];
  private int length;

  SourcePositions(String html) {
    this.html = html;
  }

  /** Records the source positions of {@code decoded}, the text of {@code node}. */
  void add(TextNode node, String decoded) {
    Range r = node.sourceRange();
    int p = r.isTracked() ? r.start().pos() : -1;
    int end = r.isTracked() ? Math.min(r.end().pos(), html.length()) : -1;
    ensure(length + decoded.length());
    for (int i = 0; i < decoded.length(); i++) {
      if (p < 0 || p >= end) {
        positions[length++] = p < 0 ? -1 : Math.max(0, end - 1);
        continue;
      }
      char c = decoded.charAt(i);
      if (html.charAt(p) == '\r' && c != '\r') {
        p++; // the parser turns \r\n into \n
      }
      if (p < end && html.charAt(p) == c && !isReference(p, end)) {
        positions[length++] = p++;
      } else if (p < end && isReference(p, end)) {
        positions[length++] = p;
        p = referenceEnd(p, end);
        if (Character.isHighSurrogate(c) && i + 1 < decoded.length()) {
          positions[length] = positions[length - 1]; // both halves of an astral character stand at its reference
          length++;
          i++;
        }
      } else {
        positions[length++] = Math.min(p, end - 1);
      }
    }
  }

  /** Whether a character reference starts at {@code p}: {@code &} then a letter or {@code #}. */
  private boolean isReference(int p, int end) {
    return html.charAt(p) == '&' && p + 1 < end && (Character.isLetter(html.charAt(p + 1)) || html.charAt(p + 1) == '#');
  }

  private int referenceEnd(int amp, int end) {
    int stop = Math.min(end, amp + MAX_REFERENCE);
    for (int q = amp + 1; q < stop; q++) {
      char c = html.charAt(q);
      if (c == ';') {
        return q + 1;
      }
      if (!Character.isLetterOrDigit(c) && c != '#') {
        return q; // a reference without its semicolon ("&amp ")
      }
    }
    return Math.min(end, amp + 1);
  }

  /** Forgets the block's characters. */
  void clear() {
    length = 0;
  }

  /**
   * {@link BlockSegmenter#normalise} of the collected text {@code raw}, and the map of the result back to the HTML:
   * a space standing for a run of whitespace maps to the run's first character.
   */
  Normalised normalise(CharSequence raw) {
    StringBuilder sb = new StringBuilder(raw.length());
    OffsetMap.Builder map = new OffsetMap.Builder();
    int spaceAt = -1;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\u200B' || c == '\uFEFF') {
        continue; // zero-width: invisible, and not a word break
      }
      if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F') {
        if (sb.length() > 0 && spaceAt < 0) {
          spaceAt = i;
        }
      } else {
        if (spaceAt >= 0) {
          keep(map, sb.length(), spaceAt);
          sb.append(' ');
          spaceAt = -1;
        }
        keep(map, sb.length(), i);
        sb.append(c);
      }
    }
    return new Normalised(sb.toString(), map.build());
  }

  private void keep(OffsetMap.Builder map, int at, int rawIndex) {
    int source = rawIndex < length ? positions[rawIndex] : -1;
    if (source >= 0) {
      map.keep(at, source, 1);
    }
  }

  private void ensure(int capacity) {
    if (capacity > positions.length) {
      positions = Arrays.copyOf(positions, Math.max(capacity, positions.length * 2));
    }
  }

  /** A block's whitespace-normalised text and its map to the HTML as given. */
  record Normalised(String text, OffsetMap source) {}
}
