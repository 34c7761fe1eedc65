package dev.chorus.model;

/**
 * One mention of a named entity in an article: its span, the text there and the entity's type. Titles and
 * possessives stay in {@code text}; canonicalisation across the corpus strips them.
 */
public record Mention(Span span, String text, EntityType type) {}
