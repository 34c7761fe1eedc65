package dev.chorus.bench;

import dev.chorus.reuse.ParaphraseFinder;
import dev.chorus.reuse.SentencePair;
import dev.chorus.testing.ClusteredVectors;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Paraphrase candidate search, exact (every pair) against Lucene HNSW, on synthetic 384-dimension sentence vectors
 * in clusters (a line and its paraphrases across outlets) spread over documents: time, pairs and HNSW's recall.
 *
 * <pre>bench/run ParaphraseSearchBenchmark [N…]   (default 5000 10000 20000 sentences)</pre>
 */
public final class ParaphraseSearchBenchmark {
  static final double THRESHOLD = 0.64;

  public static void main(String[] args) {
    int[] sizes = args.length == 0 ? new int[] {5_000, 10_000, 20_000} : new int[args.length];
    for (int i = 0; i < args.length; i++) {
      sizes[i] = Integer.parseInt(args[i]);
    }
    System.out.printf("%10s %12s %12s %10s %10s %8s%n", "sentences", "exact s", "hnsw s", "exact", "hnsw", "recall");
    for (int n : sizes) {
      Random r = new Random(n);
      float[][] v = ClusteredVectors.generate(r, n / 4, 4, 384, 0.35);
      int[] doc = new int[v.length];
      for (int i = 0; i < doc.length; i++) {
        doc[i] = r.nextInt(Math.max(2, n / 20));
      }
      long t0 = System.nanoTime();
      List<SentencePair> exact = new ParaphraseFinder(THRESHOLD, Integer.MAX_VALUE).find(v, doc);
      double exactSecs = (System.nanoTime() - t0) / 1e9;
      t0 = System.nanoTime();
      List<SentencePair> hnsw = new ParaphraseFinder(THRESHOLD, 0).find(v, doc);
      double hnswSecs = (System.nanoTime() - t0) / 1e9;
      Set<Long> truth = new HashSet<>();
      exact.forEach(p -> truth.add(((long) p.a() << 32) | p.b()));
      long found = hnsw.stream().filter(p -> truth.contains(((long) p.a() << 32) | p.b())).count();
      System.out.printf("%10d %12.2f %12.2f %10d %10d %8.4f%n", v.length, exactSecs, hnswSecs, exact.size(),
          hnsw.size(), exact.isEmpty() ? 1.0 : (double) found / exact.size());
    }
  }

}
