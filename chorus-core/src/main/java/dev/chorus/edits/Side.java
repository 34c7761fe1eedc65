package dev.chorus.edits;

import java.util.Arrays;
import java.util.List;

/**
 * One side of a comparison: the tokens of a stretch of an article's text, with what the classifier reads from them
 * once (figures, attribution tags, hedge phrases).
 */
final class Side {
  final String text;
  final int regionStart;
  final List<Token> tokens;
  final Figures figures;
  final Attributions attributions;
  /** Per token: the index of the hedge phrase occurrence it belongs to, or -1. */
  private final int[] hedgeAt;
  private final String[] hedgeForm;

  Side(String text, int from, int to, Lexicon lexicon) {
    this.text = text;
    this.regionStart = from;
    this.tokens = Tokenizer.tokens(text, from, to);
    this.figures = Figures.of(tokens, lexicon);
    this.attributions = Attributions.of(tokens, lexicon);
    this.hedgeAt = new int[tokens.size()];
    this.hedgeForm = new String[tokens.size()];
    Arrays.fill(hedgeAt, -1);
    markHedges(lexicon);
  }

  int size() {
    return tokens.size();
  }

  Token token(int i) {
    return tokens.get(i);
  }

  /** The first token of the hedge phrase at token {@code i}, or -1. */
  int hedgeAt(int i) {
    return i >= 0 && i < hedgeAt.length ? hedgeAt[i] : -1;
  }

  /** The phrase of the hedge starting at {@code i}. */
  String hedgeForm(int i) {
    return hedgeForm[i];
  }

  /** Are the words of {@code [from, to)} a clause: a boundary (or the text's edge) on each side of them? */
  boolean bounded(int from, int to) {
    int first = from;
    while (first < to && token(first).isPunct()) {
      first++;
    }
    int last = to - 1;
    while (last >= first && token(last).isPunct()) {
      last--;
    }
    // punctuation that is no boundary (a ticker's "<GM>") may stand between the words and the boundary
    boolean before = first == 0;
    for (int i = first - 1; i >= 0 && token(i).isPunct() && !before; i--) {
      before = i == 0 || token(i).isBoundary();
    }
    boolean after = last + 1 >= size();
    for (int i = last + 1; i < size() && token(i).isPunct() && !after; i++) {
      after = i == size() - 1 || token(i).isBoundary();
    }
    return before && after;
  }

  /** Characters of tokens {@code [from, to)}; an empty range is the point where they would be. */
  int charStart(int from, int to) {
    if (from < to) {
      return tokens.get(from).start();
    }
    return charEnd(from, to);
  }

  int charEnd(int from, int to) {
    if (from < to) {
      return tokens.get(to - 1).end();
    }
    return from > 0 ? tokens.get(from - 1).end() : from < tokens.size() ? tokens.get(from).start() : regionStart;
  }

  private void markHedges(Lexicon lexicon) {
    int i = 0;
    while (i < tokens.size()) {
      int next = i + 1;
      for (Lexicon.Phrase p : lexicon.hedges) {
        int end = i + p.words().size();
        // "the ministry reported" attributes; "has reportedly said" hedges inside a tag
        if (!Lexicon.matches(p, tokens, i) || attributions.isCue(i)) {
          continue;
        }
        if (p.needsNumber() && !(end < tokens.size() && figures.startsAt(end))) {
          continue;
        }
        for (int k = i; k < end; k++) {
          hedgeAt[k] = i;
        }
        hedgeForm[i] = String.join(" ", p.words());
        next = end;
        break;
      }
      i = next;
    }
  }
}
