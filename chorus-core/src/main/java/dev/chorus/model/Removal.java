package dev.chorus.model;

/**
 * A stretch of the original text that cleaning dropped, with the reason (a residue pattern's name,
 * or an extractor's verdict). {@code start}/{@code end} index the article's original text.
 */
public record Removal(int start, int end, String text, String reason) {}
