package dev.chorus.spark;

import dev.chorus.reuse.MinHashConfig;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Finds near-duplicate articles with Spark and writes the workspace's {@code reuse_links},
 * {@code reuse_passages} and {@code duplicate_clusters} tables as Parquet.
 *
 * <pre>
 * chorus-spark/run --input PATH --out DIR [options]
 *   --input PATH          articles: Parquet (path ends in .parquet) or JSON Lines, gzip allowed; file, dir or glob
 *   --out DIR             writes DIR/reuse_links/, DIR/reuse_passages/, DIR/duplicate_clusters/ (Parquet,
 *                         replaced; columns as the workspace's tables of the same names)
 *   --engine chorus|mllib chorus: core's shingles, MinHash, LSH bands and exact Jaccard (default);
 *                         mllib: Spark MLlib MinHashLSH approxSimilarityJoin, for comparison
 *   --threshold J         Jaccard over word 5-shingles a duplicate needs (default 0.8)
 *   --master URL          Spark master (default local[*])
 *   --hash-tables N       MinHashLSH tables for --engine mllib (default 5)
 *   --min-words N         leave out articles with fewer words (default 1)
 *   --id-column, --text-column, --published-column   input column names (default id, text, published)
 * </pre>
 *
 * <p>Prints one summary line: {@code duplicates: engine=… articles=… pairs=… clusters=… seconds=… peak_heap_mib=…}.
 */
public final class SparkDuplicates {
  private SparkDuplicates() {}

  /** Parsed arguments. */
  record Options(String input, String out, String engine, double threshold, String master, int hashTables,
      ArticleInput articles) {
    static Options parse(String[] args) {
      String input = null;
      String out = null;
      String engine = "chorus";
      double threshold = 0.8;
      String master = "local[*]";
      int tables = 5;
      ArticleInput a = ArticleInput.defaults();
      String id = a.idColumn();
      String text = a.textColumn();
      String published = a.publishedColumn();
      int minWords = a.minWords();
      for (int i = 0; i < args.length; i++) {
        String v = i + 1 < args.length ? args[i + 1] : null;
        switch (args[i]) {
          case "--input" -> input = v;
          case "--out" -> out = v;
          case "--engine" -> engine = v;
          case "--threshold" -> threshold = Double.parseDouble(v);
          case "--master" -> master = v;
          case "--hash-tables" -> tables = Integer.parseInt(v);
          case "--min-words" -> minWords = Integer.parseInt(v);
          case "--id-column" -> id = v;
          case "--text-column" -> text = v;
          case "--published-column" -> published = v;
          default -> throw new IllegalArgumentException("unknown option " + args[i] + " (see SparkDuplicates)");
        }
        i++;
      }
      if (input == null || out == null) {
        throw new IllegalArgumentException("usage: --input PATH --out DIR [--engine chorus|mllib] [--threshold J]"
            + " [--master URL] [--hash-tables N] [--min-words N] [--id-column C] [--text-column C]"
            + " [--published-column C]");
      }
      if (!engine.equals("chorus") && !engine.equals("mllib")) {
        throw new IllegalArgumentException("--engine must be chorus or mllib: " + engine);
      }
      return new Options(input, out, engine, threshold, master, tables,
          new ArticleInput(id, text, published, minWords));
    }
  }

  /** What one run found. */
  public record Summary(long articles, long pairs, long clusters) {}

  public static void main(String[] args) {
    long t0 = System.nanoTime();
    Options o;
    try {
      o = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    SparkSession spark = LocalSpark.start(o.master(), "chorus-duplicates");
    try {
      Summary s = run(spark, o);
      System.out.printf(Locale.ROOT, "duplicates: engine=%s threshold=%.2f articles=%d pairs=%d clusters=%d"
              + " seconds=%.2f peak_heap_mib=%d%n", o.engine(), o.threshold(), s.articles(), s.pairs(), s.clusters(),
          (System.nanoTime() - t0) / 1e9, peakHeapMiB());
    } finally {
      spark.stop();
    }
  }

  /** Reads, finds, writes; returns the counts. */
  public static Summary run(SparkSession spark, Options o) {
    Dataset<Row> articles = o.articles().read(spark, o.input());
    Dataset<Row> pairs = pairs(articles, o.engine(), o.threshold(), o.hashTables()).localCheckpoint();
    Dataset<Row> links = DuplicateTables.links(pairs, articles).localCheckpoint();
    Dataset<Row> clusters = DuplicateTables.clusters(pairs).localCheckpoint();
    DuplicateTables.write(links, DuplicateTables.passages(links, articles), clusters, o.out());
    long articleCount = articles.count();
    long clusterCount = clusters.select("cluster_id").distinct().count();
    Summary s = new Summary(articleCount, pairs.count(), clusterCount);
    articles.unpersist();
    return s;
  }

  /** Pairs ({@code a < b}, {@code score}) by the chosen engine. */
  public static Dataset<Row> pairs(Dataset<Row> articles, String engine, double threshold, int hashTables) {
    return engine.equals("mllib")
        ? new MllibDuplicateJob(hashTables, threshold, 0x5eedL).pairs(articles)
        : new ChorusDuplicateJob(MinHashConfig.forThreshold(threshold)).pairs(articles);
  }

  /** Sum of the heap pools' peaks since the JVM started, in MiB (Spark's local mode runs in this JVM). */
  static long peakHeapMiB() {
    long bytes = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        bytes += pool.getPeakUsage().getUsed();
      }
    }
    return bytes >> 20;
  }
}
