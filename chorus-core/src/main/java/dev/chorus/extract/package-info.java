/**
 * Main-text extraction from HTML: the page's text blocks, each kept as story or dropped with a reason, and the
 * page's metadata (title, dates, URL). Requires {@link dev.chorus.pipeline.Capability#INGESTED}; provides
 * {@link dev.chorus.pipeline.Capability#MAIN_TEXT}.
 */
package dev.chorus.extract;
