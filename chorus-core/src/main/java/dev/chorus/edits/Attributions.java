package dev.chorus.edits;

import java.util.List;

/**
 * The attribution tags of a token list: a cue with the source it names, within one clause. "said the Ministry of
 * Foreign Affairs" (after a comma or a closing quote), "the agency said", "Tokayev said", "according to the
 * ministry". The source is at most {@value #MAX_SOURCE} tokens and reaches a clause boundary, so that "said the
 * troops would leave" names no source while "the troops would leave, the ministry said" does.
 */
final class Attributions {
  /** Longest source: "Kazakhstan's Ministry of Foreign Affairs" is five words; a longer run is the clause itself. */
  static final int MAX_SOURCE = 8;

  private final boolean[] inTag;
  private final boolean[] isCue;

  private Attributions(boolean[] inTag, boolean[] isCue) {
    this.inTag = inTag;
    this.isCue = isCue;
  }

  static Attributions of(List<Token> tokens, Lexicon lexicon) {
    boolean[] inTag = new boolean[tokens.size()];
    boolean[] isCue = new boolean[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      for (Lexicon.Phrase cue : lexicon.cues) {
        if (!Lexicon.matches(cue, tokens, i)) {
          continue;
        }
        int end = i + cue.words().size();
        for (int k = i; k < end; k++) {
          isCue[k] = true;
        }
        int after = sourceAfter(tokens, end);
        boolean afterBoundary = i == 0 || tokens.get(i - 1).isBoundary();
        if (after > end && (cue.kind().equals("after") || afterBoundary)) {
          mark(inTag, i, after);
        } else if (cue.kind().equals("either")) {
          int before = sourceBefore(tokens, i);
          if (before == i) {
            before = namedSourceBefore(tokens, i, lexicon);
          }
          if (before < i) {
            mark(inTag, before, end);
          }
        }
        break;
      }
    }
    return new Attributions(inTag, isCue);
  }

  boolean inTag(int i) {
    return i >= 0 && i < inTag.length && inTag[i];
  }

  boolean isCue(int i) {
    return i >= 0 && i < isCue.length && isCue[i];
  }

  /** The end of a source starting at {@code from} and running to a boundary, or {@code from} when none. */
  private static int sourceAfter(List<Token> tokens, int from) {
    int i = from;
    while (i < tokens.size() && !tokens.get(i).isBoundary()) {
      if (i - from >= MAX_SOURCE || tokens.get(i).form().equals("that")) {
        return from;
      }
      i++;
    }
    return i;
  }

  /** The start of a source ending before {@code to} and starting after a boundary, or {@code to} when none. */
  private static int sourceBefore(List<Token> tokens, int to) {
    int i = to;
    while (i > 0 && !tokens.get(i - 1).isBoundary()) {
      if (to - i >= MAX_SOURCE) {
        return to;
      }
      i--;
    }
    return i;
  }

  /**
   * The start of a source written right before the cue without a boundary: a pronoun ("he said"), a run of
   * capitalised words with their joiners and determiner ("the Joint Economic Committee said", "after Loral said"),
   * or a determiner and one to three words ("the company said"); {@code to} when none.
   */
  private static int namedSourceBefore(List<Token> tokens, int to, Lexicon lexicon) {
    if (to == 0) {
      return to;
    }
    Token last = tokens.get(to - 1);
    if ("pronoun".equals(lexicon.sourceWords.get(last.form()))) {
      return to - 1;
    }
    int i = to;
    while (i > 0 && to - i < MAX_SOURCE) {
      Token t = tokens.get(i - 1);
      boolean name = t.type() == Token.Type.WORD && t.capitalised();
      boolean joiner = "joiner".equals(lexicon.sourceWords.get(t.form())) && i < to && tokens.get(i).capitalised();
      if (!name && !joiner) {
        break;
      }
      i--;
    }
    if (i < to) {
      return i > 0 && "determiner".equals(lexicon.sourceWords.get(tokens.get(i - 1).form())) ? i - 1 : i;
    }
    for (int k = 2; k <= 4 && to - k >= 0; k++) {
      Token d = tokens.get(to - k);
      if (d.isPunct()) {
        break;
      }
      if ("determiner".equals(lexicon.sourceWords.get(d.form()))) {
        return to - k;
      }
    }
    return to;
  }

  private static void mark(boolean[] marks, int from, int to) {
    for (int k = from; k < to; k++) {
      marks[k] = true;
    }
  }
}
