/**
 * Edits between copies: what a copier changed when one article's text reused another's. For every reuse link, the
 * two sides of each aligned passage or sentence pair are aligned word by word (Myers' diff, java-diff-utils) and each
 * change is named: a {@code figure} changed, a {@code hedge}, {@code attribution} or {@code negation} added or
 * removed, one actor {@code label} swapped for another, a clause {@code added} or {@code dropped}, or other
 * {@code wording}.
 *
 * <p>Requires {@code REUSE} (the reuse tables); provides {@link dev.chorus.edits.EditsStage#EDITS}. The stage comes
 * with the reuse stage's module (chorus-embeddings), as the timeline comes with the annotate stage's. The word lists
 * it reads are data files beside this package's classes, each with its origin.
 */
package dev.chorus.edits;
