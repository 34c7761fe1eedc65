package dev.chorus.embeddings;

import dev.chorus.reuse.SentenceEncoder;
import java.util.List;
import java.util.function.Supplier;

/** An encoder whose model is loaded on first use, so building a pipeline (or a run with no sentences) stays cheap. */
final class LazyEncoder implements SentenceEncoder {
  private final Supplier<SentenceEncoder> loader;
  private final String name;
  private volatile SentenceEncoder loaded;

  /** @param name the model's name, known without loading it */
  LazyEncoder(Supplier<SentenceEncoder> loader, String name) {
    this.loader = loader;
    this.name = name;
  }

  private SentenceEncoder get() {
    SentenceEncoder e = loaded;
    if (e == null) {
      synchronized (this) {
        if (loaded == null) {
          loaded = loader.get();
        }
        e = loaded;
      }
    }
    return e;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int dimension() {
    return get().dimension();
  }

  @Override
  public float[][] encode(List<String> sentences) {
    return get().encode(sentences);
  }
}
