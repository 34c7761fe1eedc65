package dev.chorus.edits;

import dev.chorus.model.Span;

/**
 * One change between two copies of a text: what {@code b} changed relative to {@code a} (a is the article published
 * first when the dates tell, else the link's first article). A side where nothing stands (the other side added
 * something) is an empty span at the point where it would be.
 *
 * @param link the reuse link it belongs to (its {@code link_id}, its 1-based place in the export's {@code reuse})
 * @param kind what changed
 * @param a its characters in the first article's cleaned text
 * @param b its characters in the second's
 * @param aText the text of {@code a} (empty for an addition)
 * @param bText the text of {@code b} (empty for a drop)
 */
public record Edit(int link, EditKind kind, Span a, Span b, String aText, String bText) {}
