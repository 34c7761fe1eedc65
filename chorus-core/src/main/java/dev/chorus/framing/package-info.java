/**
 * Framing: the words each source chooses for the same actors ("terrorists", "bandits" vs "protesters") and the
 * words that set a source apart, compared with the weighted log-odds ratio of Monroe, Colaresi and Quinn (2008),
 * within each story. Corpus stage: requires {@link dev.chorus.pipeline.Capability#STORIES}; provides
 * {@link dev.chorus.pipeline.Capability#FRAMING}.
 */
package dev.chorus.framing;
