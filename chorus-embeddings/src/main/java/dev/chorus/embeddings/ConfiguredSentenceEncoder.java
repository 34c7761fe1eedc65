package dev.chorus.embeddings;

import dev.chorus.reuse.SentenceEncoder;
import java.util.List;

/**
 * The configured encoder ({@link OnnxSentenceEncoder#configured()}) as a Java service, so that stages in other
 * modules (claims) can use sentence similarity whenever this module is on the classpath: listed in
 * {@code META-INF/services/dev.chorus.reuse.SentenceEncoder}. The model loads on first use.
 */
public final class ConfiguredSentenceEncoder implements SentenceEncoder {
  private final SentenceEncoder delegate = new LazyEncoder(OnnxSentenceEncoder::configured,
      OnnxSentenceEncoder.configuredName());

  @Override
  public String name() {
    return delegate.name();
  }

  @Override
  public int dimension() {
    return delegate.dimension();
  }

  @Override
  public float[][] encode(List<String> sentences) {
    return delegate.encode(sentences);
  }
}
