package dev.chorus.web;

import dev.chorus.model.Span;
import dev.chorus.reuse.SentenceEncoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Search by meaning: every sentence is embedded with the sentence encoder and indexed as a vector (Lucene's HNSW),
 * and a query finds the sentences whose embeddings are nearest to its own. Built in memory from the sentences the
 * full-text index read, taking the vectors the workspace already holds and encoding only the others;
 * thread-safe for searching.
 */
public final class SemanticSearch {
  /** Sentences per call to the encoder: large enough to batch, small enough to keep memory flat. */
  static final int BATCH = 256;

  /** Vectors already computed, by sentence text; absent texts are encoded. */
  public interface VectorLookup {
    Map<String, float[]> find(List<String> texts);
  }

  private final SentenceEncoder encoder;
  private final IndexSearcher searcher;
  private int encoded;
  private final int sentenceCount;

  public SemanticSearch(List<SentenceSearch.Hit> sentences, SentenceEncoder encoder) {
    this(sentences, encoder, texts -> Map.of());
  }

  public SemanticSearch(List<SentenceSearch.Hit> sentences, SentenceEncoder encoder, VectorLookup stored) {
    this.encoder = encoder;
    this.sentenceCount = sentences.size();
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
      for (int from = 0; from < sentences.size(); from += BATCH) {
        List<SentenceSearch.Hit> batch = sentences.subList(from, Math.min(sentences.size(), from + BATCH));
        float[][] vectors = vectors(batch.stream().map(SentenceSearch.Hit::text).toList(), stored);
        for (int i = 0; i < batch.size(); i++) {
          float[] v = unit(vectors[i]);
          if (v == null) {
            continue;
          }
          Span s = batch.get(i).span();
          Document d = new Document();
          d.add(new StoredField("article", s.article()));
          d.add(new StoredField("start", s.start()));
          d.add(new StoredField("end", s.end()));
          d.add(new StoredField("text", batch.get(i).text()));
          d.add(new KnnFloatVectorField("vector", v, VectorSimilarityFunction.DOT_PRODUCT));
          writer.addDocument(d);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      searcher = new IndexSearcher(DirectoryReader.open(directory));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private float[][] vectors(List<String> texts, VectorLookup stored) {
    Map<String, float[]> found = stored.find(texts);
    List<String> missing = texts.stream().filter(t -> !found.containsKey(t)).distinct().toList();
    Map<String, float[]> fresh = new HashMap<>();
    if (!missing.isEmpty()) {
      float[][] v = encoder.encode(missing);
      encoded += missing.size();
      for (int i = 0; i < v.length; i++) {
        fresh.put(missing.get(i), v[i]);
      }
    }
    float[][] out = new float[texts.size()][];
    for (int i = 0; i < out.length; i++) {
      float[] v = found.get(texts.get(i));
      out[i] = v != null ? v : fresh.get(texts.get(i));
    }
    return out;
  }

  /** Sentences given to the index. */
  public int sentenceCount() {
    return sentenceCount;
  }

  /** Sentences the encoder had to encode while indexing (not found among the stored vectors). */
  public int encodedCount() {
    return encoded;
  }

  /** The sentences nearest in meaning to the query, nearest first; the score is the cosine similarity. */
  public List<SentenceSearch.Hit> search(String query, int limit) throws IOException {
    if (query == null || query.isBlank()) {
      return List.of();
    }
    float[] q = unit(encoder.encode(List.of(query.strip()))[0]);
    if (q == null) {
      return List.of();
    }
    List<SentenceSearch.Hit> hits = new ArrayList<>();
    for (ScoreDoc sd : searcher.search(new KnnFloatVectorQuery("vector", q, limit), limit).scoreDocs) {
      Document d = searcher.storedFields().document(sd.doc);
      // Lucene reports dot-product similarity as (1 + cos) / 2; give the cosine back.
      hits.add(new SentenceSearch.Hit(new Span(d.get("article"), d.getField("start").numericValue().intValue(),
          d.getField("end").numericValue().intValue()), d.get("text"), 2 * sd.score - 1));
    }
    return hits;
  }

  /** The vector scaled to length 1 (what the dot-product similarity needs), or null for a zero or broken vector. */
  static float[] unit(float[] v) {
    double sum = 0;
    for (float x : v) {
      sum += (double) x * x;
    }
    if (!(sum > 0) || Double.isInfinite(sum)) {
      return null;
    }
    float norm = (float) Math.sqrt(sum);
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = v[i] / norm;
    }
    return out;
  }
}
