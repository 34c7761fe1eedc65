/**
 * Reuse across articles: exact duplicates (by content hash); near duplicates (MinHash + LSH banding, verified by
 * exact Jaccard); verbatim and lightly edited passages (passim-style n-gram postings and anchored alignment);
 * paraphrased sentences through a {@link dev.chorus.reuse.SentenceEncoder}; talking points; direction in time.
 * The finders are pure functions over texts; {@link dev.chorus.reuse.ReuseAnalyzer} combines them. Corpus stages:
 * require {@link dev.chorus.pipeline.Capability#CLEAN_TEXT} (and sentences for paraphrase).
 */
package dev.chorus.reuse;
