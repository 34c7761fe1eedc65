package dev.chorus.model;

/** An input that could not be read as an article: its name (file, or file#line / file#record) and why. */
public record SkippedInput(String input, String reason) {}
