package dev.chorus.embeddings;

import dev.chorus.reuse.SentenceEncoder;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentence embeddings computed in process by ONNX Runtime through langchain4j: the bundled all-MiniLM-L6-v2
 * (quantised, 384 dimensions, English) or a user's ONNX model with its {@code tokenizer.json} (a multilingual one,
 * say). Thread-safe; models are heavy, so the bundled one is loaded once per JVM ({@link #bundled()}).
 */
public final class OnnxSentenceEncoder implements SentenceEncoder {
  /** Text longer than this is cut before encoding: the model reads 256 word pieces at most anyway. */
  static final int MAX_CHARS = 2_000;
  static final String BUNDLED_NAME = "all-MiniLM-L6-v2-q";
  /** slf4j-simple's per-logger level for the tokenizer runtime (DJL). */
  private static final String DJL_LOG_LEVEL = "org.slf4j.simpleLogger.log.ai.djl";

  static {
    // DJL logs its GPU probe and native-library extraction at INFO/WARN on every start, which buries the command
    // line's own output; an explicit setting by the user wins
    if (System.getProperty(DJL_LOG_LEVEL) == null) {
      System.setProperty(DJL_LOG_LEVEL, "error");
    }
  }

  private final String name;
  private final EmbeddingModel model;
  private final int dimension;

  private OnnxSentenceEncoder(String name, EmbeddingModel model) {
    this.name = name;
    this.model = model;
    this.dimension = model.dimension();
  }

  /** The bundled all-MiniLM-L6-v2 (quantised), loaded on first use and shared by the whole JVM. */
  public static OnnxSentenceEncoder bundled() {
    return BundledHolder.INSTANCE;
  }

  /** A user-supplied model: an ONNX file and the Hugging Face {@code tokenizer.json} that goes with it. */
  public static OnnxSentenceEncoder fromFiles(Path onnxModel, Path tokenizerJson) {
    for (Path p : List.of(onnxModel, tokenizerJson)) {
      if (!Files.isRegularFile(p)) {
        throw new IllegalArgumentException("no such file: " + p);
      }
    }
    return new OnnxSentenceEncoder(onnxModel.getFileName().toString(),
        new OnnxEmbeddingModel(onnxModel, tokenizerJson, PoolingMode.MEAN));
  }

  /**
   * The model named by the system properties {@code chorus.embeddings.model} and {@code chorus.embeddings.tokenizer}
   * (or the environment's {@code CHORUS_EMBEDDINGS_MODEL} / {@code CHORUS_EMBEDDINGS_TOKENIZER}), else the bundled one.
   */
  public static OnnxSentenceEncoder configured() {
    String model = setting("chorus.embeddings.model", "CHORUS_EMBEDDINGS_MODEL");
    String tokenizer = setting("chorus.embeddings.tokenizer", "CHORUS_EMBEDDINGS_TOKENIZER");
    if (model == null && tokenizer == null) {
      return bundled();
    }
    if (model == null || tokenizer == null) {
      throw new IllegalArgumentException("an ONNX embedding model needs both chorus.embeddings.model and"
          + " chorus.embeddings.tokenizer");
    }
    return fromFiles(Path.of(model), Path.of(tokenizer));
  }

  /**
   * The name {@link #configured()} will have, without loading the model: the workspace keys stored vectors by it, so
   * a rerun whose sentences are all stored never loads the model.
   */
  public static String configuredName() {
    String model = setting("chorus.embeddings.model", "CHORUS_EMBEDDINGS_MODEL");
    return model == null ? BUNDLED_NAME : Path.of(model).getFileName().toString();
  }

  private static String setting(String property, String env) {
    String v = System.getProperty(property);
    if (v == null || v.isBlank()) {
      v = System.getenv(env);
    }
    return v == null || v.isBlank() ? null : v;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int dimension() {
    return dimension;
  }

  @Override
  public float[][] encode(List<String> sentences) {
    float[][] out = new float[sentences.size()][];
    List<TextSegment> segments = new ArrayList<>(sentences.size());
    List<Integer> positions = new ArrayList<>(sentences.size());
    for (int i = 0; i < out.length; i++) {
      String t = sentences.get(i) == null ? "" : sentences.get(i);
      if (t.length() > MAX_CHARS) {
        t = t.substring(0, MAX_CHARS);
      }
      if (hasWord(t)) {
        segments.add(TextSegment.from(t));
        positions.add(i);
      } else {
        // nothing to mean (blank, punctuation, control characters): similar to nothing; langchain4j refuses them
        out[i] = new float[dimension];
      }
    }
    if (!segments.isEmpty()) {
      List<Embedding> embeddings = model.embedAll(segments).content();
      for (int k = 0; k < positions.size(); k++) {
        out[positions.get(k)] = embeddings.get(k).vector();
      }
    }
    return out;
  }

  private static boolean hasWord(String s) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  private static final class BundledHolder {
    static final OnnxSentenceEncoder INSTANCE =
        new OnnxSentenceEncoder(BUNDLED_NAME, new AllMiniLmL6V2QuantizedEmbeddingModel());
  }
}
