package dev.chorus.model;

/** A sentence of the cleaned text: {@code [start, end)}, its position, and the paragraph it sits in. */
public record Sentence(int index, int start, int end, int paragraph) {}
