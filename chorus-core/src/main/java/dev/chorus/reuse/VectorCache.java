package dev.chorus.reuse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sentence vectors kept in the workspace between analyses, by model and text hash: a rerun that adds a few articles
 * encodes only their sentences (encoding is the reuse stage's main cost, ~180 sentences/s on 2 cores). Wraps an
 * encoder; remembers every vector it handed out, so the stage can store exactly the vectors of the current corpus.
 * Not thread-safe: the reuse stage encodes from one thread.
 */
final class VectorCache implements SentenceEncoder {
  private final SentenceEncoder encoder;
  private final String model;
  private final Map<Long, float[]> stored;
  private final Map<Long, float[]> used = new HashMap<>();
  private int encoded;

  private VectorCache(SentenceEncoder encoder, String model, Map<Long, float[]> stored) {
    this.encoder = encoder;
    this.model = model;
    this.stored = stored;
  }

  /** Loads the vectors stored for {@code model}. */
  static VectorCache load(Connection conn, SentenceEncoder encoder, String model) throws SQLException {
    Map<Long, float[]> stored = new HashMap<>();
    try (PreparedStatement ps = conn.prepareStatement(
        "SELECT text_hash, vector FROM sentence_vectors WHERE model = ?")) {
      ps.setString(1, model);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          stored.put(rs.getLong(1), StoredSentenceVectors.decode(rs.getBytes(2)));
        }
      }
    }
    return new VectorCache(encoder, model, stored);
  }

  @Override
  public String name() {
    return model;
  }

  @Override
  public int dimension() {
    return encoder.dimension();
  }

  @Override
  public float[][] encode(List<String> sentences) {
    float[][] out = new float[sentences.size()][];
    List<String> missing = new ArrayList<>();
    List<Integer> where = new ArrayList<>();
    for (int i = 0; i < out.length; i++) {
      long h = StoredSentenceVectors.key(sentences.get(i));
      float[] v = used.containsKey(h) ? used.get(h) : stored.get(h);
      if (v == null) {
        missing.add(sentences.get(i));
        where.add(i);
      } else {
        out[i] = v;
        used.put(h, v);
      }
    }
    if (!missing.isEmpty()) {
      float[][] fresh = encoder.encode(missing);
      encoded += missing.size();
      for (int k = 0; k < fresh.length; k++) {
        out[where.get(k)] = fresh[k];
        used.put(StoredSentenceVectors.key(missing.get(k)), fresh[k]);
      }
    }
    return out;
  }

  /** Sentences the wrapped encoder had to encode (not found in the workspace). */
  int encodedCount() {
    return encoded;
  }

  String model() {
    return model;
  }

  /** Every vector handed out in this run, by text hash: what the workspace should keep. */
  Map<Long, float[]> used() {
    return used;
  }
}
