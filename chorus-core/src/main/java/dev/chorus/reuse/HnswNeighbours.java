package dev.chorus.reuse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Candidate paraphrase pairs from Lucene's HNSW vector index (in memory): each sentence asks for its
 * {@value #NEIGHBOURS} nearest neighbours and keeps those from other documents at or above the threshold. Recall
 * is high but not total (HNSW is approximate); pairs come out ordered by (a, b) like the exact search's.
 */
final class HnswNeighbours {
  /** Neighbours asked per sentence: a sentence repeated by more than this many others keeps only the closest. */
  static final int NEIGHBOURS = 32;

  private HnswNeighbours() {}

  static List<SentencePair> pairs(float[][] unit, int[] docOf, double threshold) {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      IndexWriterConfig config = new IndexWriterConfig().setRAMBufferSizeMB(256);
      try (IndexWriter writer = new IndexWriter(dir, config)) {
        for (int i = 0; i < unit.length; i++) {
          Document d = new Document();
          d.add(new KnnFloatVectorField("v", unit[i], VectorSimilarityFunction.DOT_PRODUCT));
          d.add(new StoredField("i", i));
          writer.addDocument(d);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        // a pair is kept when either sentence finds the other: neighbourhoods in HNSW are not symmetric
        return IntStream.range(0, unit.length).parallel()
            .mapToObj(i -> neighbours(searcher, unit, docOf, i, threshold))
            .flatMap(List::stream)
            .distinct()
            .sorted(Comparator.comparingInt(SentencePair::a).thenComparingInt(SentencePair::b))
            .toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<SentencePair> neighbours(IndexSearcher searcher, float[][] unit, int[] docOf, int i,
      double threshold) {
    try {
      StoredFields stored = searcher.storedFields();
      List<SentencePair> out = new ArrayList<>();
      for (ScoreDoc sd : searcher.search(new KnnFloatVectorQuery("v", unit[i], NEIGHBOURS), NEIGHBOURS).scoreDocs) {
        int j = stored.document(sd.doc).getField("i").numericValue().intValue();
        if (j == i || docOf[i] == docOf[j]) {
          continue;
        }
        int a = Math.min(i, j);
        int b = Math.max(i, j);
        double cosine = Vectors.dot(unit[a], unit[b]); // from the lower index, so both sides give the same record
        if (cosine >= threshold) {
          out.add(new SentencePair(a, b, cosine));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
