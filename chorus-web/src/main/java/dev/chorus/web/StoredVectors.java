package dev.chorus.web;

import dev.chorus.reuse.StoredSentenceVectors;
import dev.chorus.store.DuckDbWorkspace;
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
      long h = StoredSentenceVectors.key(t);
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
              out.put(text, StoredSentenceVectors.decode(rs.getBytes(2)));
            }
          }
        }
      } catch (SQLException e) {
        return out; // no stored vectors (an older workspace): every sentence is encoded
      }
    }
    return out;
  }
}
