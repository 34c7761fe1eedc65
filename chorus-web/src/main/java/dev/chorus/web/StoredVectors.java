package dev.chorus.web;

import dev.chorus.store.DuckDbWorkspace;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sentence vectors the reuse stage kept in the workspace ({@code sentence_vectors}: model, text hash, float32
 * little-endian vector), looked up a batch of sentences at a time so search by meaning encodes only the query and
 * the sentences the workspace lacks. Lookups take the workspace lock: the server's one connection serves requests
 * meanwhile.
 */
final class StoredVectors implements SemanticSearch.VectorLookup {
  private final DuckDbWorkspace workspace;
  private final String model;

  StoredVectors(DuckDbWorkspace workspace, String model) {
    this.workspace = workspace;
    this.model = model;
  }

  @Override
  public Map<String, float[]> find(List<String> texts) {
    Map<Long, String> byHash = new HashMap<>();
    Set<Long> hashes = new LinkedHashSet<>();
    for (String t : texts) {
      long h = hash(t);
      byHash.put(h, t);
      hashes.add(h);
    }
    Map<String, float[]> out = new HashMap<>();
    if (hashes.isEmpty()) {
      return out;
    }
    String marks = String.join(",", Collections.nCopies(hashes.size(), "?"));
    synchronized (workspace) {
      try (PreparedStatement ps = workspace.connection().prepareStatement(
          "SELECT text_hash, vector FROM sentence_vectors WHERE model = ? AND text_hash IN (" + marks + ")")) {
        ps.setString(1, model);
        int i = 2;
        for (long h : hashes) {
          ps.setLong(i++, h);
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            String text = byHash.get(rs.getLong(1));
            if (text != null) {
              out.put(text, floats(rs.getBytes(2)));
            }
          }
        }
      } catch (SQLException e) {
        return out; // no stored vectors (an older workspace): every sentence is encoded
      }
    }
    return out;
  }

  /**
   * The reuse stage's sentence key (FNV-1a over UTF-16 units, then the splitmix64 finaliser): the stage keeps it
   * package-private, so it is repeated here; a test checks the demo's stored vectors are found with it.
   */
  static long hash(String text) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < text.length(); i++) {
      h = (h ^ text.charAt(i)) * 0x100000001b3L;
    }
    long z = h ^ text.length();
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  static float[] floats(byte[] bytes) {
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    float[] v = new float[bytes.length / 4];
    for (int i = 0; i < v.length; i++) {
      v[i] = b.getFloat();
    }
    return v;
  }
}
