package dev.chorus.reuse;

import java.util.List;

/**
 * Turns sentences into vectors whose cosine says how close their meanings are. Implementations live in their own
 * modules (the ONNX one in {@code chorus-embeddings}); core only knows this port. Implementations must be
 * thread-safe.
 */
public interface SentenceEncoder {
  /** The model's name, for the workspace and the user. */
  String name();

  int dimension();

  /** One vector per sentence, in order, each of {@link #dimension()} values (not necessarily normalised). */
  float[][] encode(List<String> sentences);
}
