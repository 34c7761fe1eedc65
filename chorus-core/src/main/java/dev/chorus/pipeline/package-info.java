/**
 * Stages and the pipeline that chains them. A stage declares what it requires and provides; a
 * {@link dev.chorus.pipeline.Pipeline} refuses at construction a chain whose requirements are not met,
 * rather than failing halfway through a corpus.
 */
package dev.chorus.pipeline;
