/**
 * Sentences and paragraphs of the cleaned text, with offsets. In crawled text a newline always ends a sentence,
 * so headlines, captions and body lines never merge. Requires {@link dev.chorus.pipeline.Capability#CLEAN_TEXT};
 * provides {@link dev.chorus.pipeline.Capability#SENTENCES}.
 */
package dev.chorus.segment;
