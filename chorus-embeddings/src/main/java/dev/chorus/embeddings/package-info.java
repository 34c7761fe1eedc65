/**
 * Sentence embeddings in process (ONNX Runtime via langchain4j) behind core's
 * {@link dev.chorus.reuse.SentenceEncoder}, and the stage provider that adds the reuse stage with them to the
 * standard pipeline. Requires sentences; provides {@link dev.chorus.pipeline.Capability#REUSE}.
 */
package dev.chorus.embeddings;
