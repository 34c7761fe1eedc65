/**
 * Ingest: turns files, directories and globs into {@link dev.chorus.model.Article}s, streaming, one reader per
 * format (plain text, HTML, JSON Lines, WARC, each optionally gzipped). Bytes are decoded with charset detection;
 * an input that cannot be read becomes a {@link dev.chorus.model.SkippedInput} with its reason, never a crash.
 * Provides {@link dev.chorus.pipeline.Capability#INGESTED}.
 */
package dev.chorus.ingest;
