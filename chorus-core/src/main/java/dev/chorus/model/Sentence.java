package dev.chorus.model;

import java.util.List;

/** A sentence of the cleaned text: {@code [start, end)}, its position, and the paragraph it sits in. */
public record Sentence(int index, int start, int end, int paragraph) {
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
