package dev.chorus.model;

/**
 * Quoted speech: the span of the quoted words (without the marks), who said it and where the speaker is named.
 *
 * @param span the quoted words
 * @param text the quoted words as they appear
 * @param speaker the speaker as named in the article ("the foreign ministry", "Tokayev"), or null when unknown
 * @param speakerSpan where that name is (for a pronoun, the named speaker it stands for), or null
 * @param speakerEntity the speaker's corpus entity id once entities are canonicalised, else null
 */
public record Quote(Span span, String text, String speaker, Span speakerSpan, String speakerEntity) {}
