package dev.chorus.reuse;

/** Two documents (by index, {@code a < b}) whose shingle sets have exact Jaccard similarity {@code jaccard}. */
public record DuplicatePair(int a, int b, double jaccard) {}
