package dev.chorus.reuse;

/** Two sentences (global indexes, {@code a < b}) from different documents, with their similarity. */
public record SentencePair(int a, int b, double score) {}
