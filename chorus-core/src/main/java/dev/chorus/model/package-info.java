/**
 * The one data model of Chorus: immutable records that every stage reads and returns.
 * Every finding points at its evidence with a {@link dev.chorus.model.Span} into an article's cleaned text;
 * {@link dev.chorus.model.OffsetMap} maps that text back to the original input.
 */
package dev.chorus.model;
