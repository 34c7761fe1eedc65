/**
 * The workspace: everything an analysis knows, in one DuckDB file that any SQL client can open. The schema is
 * versioned by migrations under {@code migrations/}; every batch of articles is written in one transaction, so a
 * crash leaves the file as it was after the last whole batch and a rerun resumes from there.
 */
package dev.chorus.store;
