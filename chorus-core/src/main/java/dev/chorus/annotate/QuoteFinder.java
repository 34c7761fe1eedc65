package dev.chorus.annotate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * Finds quoted passages by their marks: “…”, "…", «…», ‘…’ and '…'. Hand-written because CoreNLP's quote
 * annotator pairs marks only when they are well formed, and news text often is not: a statement that opens with “
 * and closes with “ again, a multi-paragraph quote whose earlier paragraphs never close, a missing closing mark.
 *
 * <p>Each mark is classed as opening or closing by its neighbours (an opening mark has space or start of text
 * before it and a non-space after it), then paired with a stack per family of marks. An opening mark left unpaired
 * closes at the end of its paragraph. Passages nested in another passage are scare quotes: a framing signal, not
 * speech. Passages shorter than {@link #MIN_QUOTE_WORDS} words are {@link Kind#PHRASE phrases}: a partial quote
 * when their sentence attributes them to a source ("Tokayev said that order was “largely restored”"), a scare
 * quote when it does not ("so-called “peaceful protesters”"); the annotate stage decides with the speaker finder.
 * Passages that read as a title (every word capitalised, like «Treaty on Collective Security») are none of these.
 *
 * <p>Stateless and thread-safe.
 */
public final class QuoteFinder {
  /** Under four words a quoted phrase is a statement only if attributed; unattributed, a scare quote. */
  public static final int MIN_QUOTE_WORDS = 4;
  /** A single-mark pair (‘…’) longer than this is an apostrophe mix-up, not a quote. */
  private static final int MAX_SINGLE_MARK_LENGTH = 300;

  /** What a quoted passage is: a quote, a scare quote, or a short phrase that is one or the other. */
  public enum Kind { QUOTE, SCARE, PHRASE }

  /**
   * A passage: {@code [start, end)} are the quoted words without their marks; {@code openMark}/{@code closeMark}
   * are the offsets of the marks ({@code closeMark} is {@code end} when the closing mark is missing).
   */
  public record Found(int start, int end, int openMark, int closeMark, Kind kind) {}

  private record Pair(int open, int close, boolean closed) {}

  public List<Found> find(String text) {
    List<Pair> pairs = new ArrayList<>();
    Deque<Integer> doubles = new ArrayDeque<>();
    Deque<Integer> guillemets = new ArrayDeque<>();
    Deque<Integer> singles = new ArrayDeque<>();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      Deque<Integer> stack = switch (c) {
        case '“', '”', '"', '„' -> doubles;
        case '«', '»' -> guillemets;
        case '‘', '’', '\'' -> singles;
        default -> null;
      };
      if (stack == null) {
        continue;
      }
      boolean before = i == 0 || isOpenContext(text.charAt(i - 1));
      boolean after = i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
      boolean opens = c == '«' || c == '„' || (c != '»' && c != '”' && c != '’' && before && after);
      if (c == '’' || c == '\'') {
        boolean letterBefore = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
        boolean letterAfter = i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
        if (letterBefore && letterAfter) {
          continue; // an apostrophe: aren’t, Kazakhstan’s
        }
        opens = c == '\'' && before && after;
      }
      if (opens) {
        stack.push(i);
      } else if (!stack.isEmpty()) {
        int open = stack.pop();
        if (stack != singles || i - open <= MAX_SINGLE_MARK_LENGTH) {
          pairs.add(new Pair(open, i, true));
        }
      }
    }
    for (Deque<Integer> stack : List.of(doubles, guillemets)) {
      for (int open : stack) {
        pairs.add(new Pair(open, paragraphEnd(text, open), false));
      }
    }
    pairs.sort((a, b) -> a.open != b.open ? Integer.compare(a.open, b.open) : Integer.compare(b.close, a.close));
    List<Found> out = new ArrayList<>();
    int outerEnd = -1;
    for (Pair p : pairs) {
      int start = p.open + 1;
      int end = trimEnd(text, start, p.close);
      if (end <= start) {
        continue;
      }
      boolean nested = p.open < outerEnd;
      String inner = text.substring(start, end);
      int words = wordCount(inner);
      if (!nested && words >= MIN_QUOTE_WORDS && isTitle(inner)) {
        continue;
      }
      // a short title ("“Fox News Sunday,”") names a work or a show, whatever its sentence says
      Kind kind = nested || words < MIN_QUOTE_WORDS && isTitle(inner) && !inner.equals(inner.toLowerCase(Locale.ROOT)) ? Kind.SCARE
          : words < MIN_QUOTE_WORDS ? Kind.PHRASE : Kind.QUOTE;
      out.add(new Found(start, end, p.open, p.closed ? p.close : end, kind));
      if (!nested) {
        outerEnd = Math.max(outerEnd, p.close);
      }
    }
    return out;
  }

  private static boolean isOpenContext(char before) {
    return Character.isWhitespace(before) || before == '(' || before == '[' || before == '—' || before == '–'
        || before == '-' || before == ':' || before == '/';
  }

  private static int paragraphEnd(String text, int from) {
    int nl = text.indexOf('\n', from);
    return nl < 0 ? text.length() : nl;
  }

  private static int trimEnd(String text, int start, int end) {
    // trailing spaces, and the comma or colon that ends a quote before its attribution ("…ready,» the ministry")
    while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || ",;:".indexOf(text.charAt(end - 1)) >= 0)) {
      end--;
    }
    return end;
  }

  /** Words as separated by spaces: "the anti-terrorist action" is three. */
  static int wordCount(String s) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean w = !Character.isWhitespace(s.charAt(i));
      if (w && !in) {
        n++;
      }
      in = w;
    }
    return n;
  }

  /** Every longer word capitalised and no sentence punctuation: a name or title, not speech. */
  private static boolean isTitle(String s) {
    if (s.matches(".*[.,;!?].*")) {
      return false;
    }
    for (String w : s.trim().split("\\s+")) {
      if (w.length() > 3 && !Character.isUpperCase(w.charAt(0))) {
        return false;
      }
    }
    return true;
  }
}
