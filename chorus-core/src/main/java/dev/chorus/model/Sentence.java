package dev.chorus.model;

import java.util.List;

/** A sentence of the cleaned text: its span, its position, and the paragraph it sits in. */
public record Sentence(int index, Span span, int paragraph) {
  public Sentence {
    if (span.indexes() != Span.Text.CLEANED) {
      throw new IllegalArgumentException("a sentence indexes the cleaned text: " + span);
    }
  }

  /** A sentence {@code [start, end)} of the cleaned text of the article that holds it. */
  public Sentence(int index, int start, int end, int paragraph) {
    this(index, new Span(null, start, end), paragraph);
  }

  /** The same sentence, of {@code article}. */
  public Sentence in(String article) {
    return new Sentence(index, span.in(article), paragraph);
  }

  public int start() {
    return span.start();
  }

  public int end() {
    return span.end();
  }

  /** The sentence of {@code sentences} (in text order) that holds the character at {@code offset}, or null. */
  public static Sentence containing(List<Sentence> sentences, int offset) {
    for (Sentence s : sentences) {
      if (s.start() <= offset && offset < s.end()) {
        return s;
      }
    }
    return null;
  }
}
