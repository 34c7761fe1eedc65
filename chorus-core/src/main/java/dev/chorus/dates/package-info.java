/**
 * Publication dates: an article without a given date is dated from its own evidence only (its URL path, its
 * dateline, a full date in its first lines, the date stamps cleaning removed, its page's modified date), never from
 * another article; then no inferred date may fall after the newest given date of the pile. Requires clean text;
 * provides {@link dev.chorus.pipeline.Capability#PUBLICATION_DATES} per article and
 * {@link dev.chorus.pipeline.Capability#REFERENCE_DATES} across the corpus.
 */
package dev.chorus.dates;
