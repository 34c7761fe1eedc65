package dev.chorus.edits;

/**
 * One token of a text being compared: a word, a number or one punctuation character, with its characters
 * {@code [start, end)} in the article's text and its form as the diff compares it (lower case, curly apostrophe
 * straightened).
 */
record Token(int start, int end, String form, Type type, boolean capitalised) {
  enum Type {
    WORD, NUMBER, PUNCT
  }

  boolean isPunct() {
    return type == Type.PUNCT;
  }

  /** Punctuation that ends a clause or a sentence, or opens or closes a quotation. */
  boolean isBoundary() {
    return type == Type.PUNCT && ",.;:!?«»\"“”()—–[]".contains(form);
  }
}
