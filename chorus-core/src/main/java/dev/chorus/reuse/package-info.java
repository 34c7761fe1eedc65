/**
 * Reuse across articles: exact duplicates today (by content hash); near duplicates, passage reuse and
 * paraphrase build on the same package. Corpus stages: require {@link dev.chorus.pipeline.Capability#CLEAN_TEXT}.
 */
package dev.chorus.reuse;
