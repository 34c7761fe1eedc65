package dev.chorus.spark;

import static org.apache.spark.sql.functions.col;

import dev.chorus.reuse.Jaccard;
import dev.chorus.reuse.MinHashConfig;
import dev.chorus.reuse.MinHasher;
import dev.chorus.reuse.NearDuplicateFinder;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;
import scala.Tuple3;

/**
 * Near-duplicate articles on Spark with chorus-core's own functions, so both engines agree pair for pair: the
 * shingle sets of {@link NearDuplicateFinder#shingles}, the signatures of {@link MinHasher}, LSH banding as a
 * shuffle on band keys, and {@link Jaccard#of} to verify each candidate. Spark only distributes the work.
 *
 * <p>Band keys are the band's index and its rows' values themselves (44 bytes for 5 rows), so buckets are exact:
 * no key collision adds a candidate.
 */
public final class ChorusDuplicateJob {
  /**
   * A bucket with more members than this (thousands of copies of one text) is paired as a star around its first
   * member, as the single-JVM finder does: clusters stay whole while the pairs do not grow quadratically.
   */
  static final int MAX_BUCKET_PAIRWISE = 200;

  private final MinHashConfig config;

  public ChorusDuplicateJob(MinHashConfig config) {
    this.config = config;
  }

  /** Verified pairs of {@code articles} (columns {@code id}, {@code text}): columns {@code a < b}, {@code score}. */
  public Dataset<Row> pairs(Dataset<Row> articles) {
    // MinHashConfig is not serialisable: tasks get its numbers and rebuild the finder and hasher per partition
    int shingleSize = config.shingleSize();
    int bands = config.bands();
    int rows = config.rows();
    long seed = config.seed();
    double threshold = config.threshold();

    Dataset<ShingledArticle> shingled = articles.select("id", "text").mapPartitions(
        (MapPartitionsFunction<Row, ShingledArticle>) it -> {
          NearDuplicateFinder finder = new NearDuplicateFinder(
              new MinHashConfig(shingleSize, bands, rows, threshold, seed));
          List<ShingledArticle> out = new ArrayList<>();
          while (it.hasNext()) {
            Row r = it.next();
            long[] set = finder.shingles(r.getString(1));
            if (set.length > 0) {
              out.add(new ShingledArticle(r.getString(0), set));
            }
          }
          return out.iterator();
        }, Encoders.bean(ShingledArticle.class)).persist(StorageLevel.MEMORY_AND_DISK());

    Dataset<Tuple2<byte[], String>> bandEntries = shingled.mapPartitions(
        (MapPartitionsFunction<ShingledArticle, Tuple2<byte[], String>>) it -> {
          MinHasher hasher = new MinHasher(bands * rows, seed);
          List<Tuple2<byte[], String>> out = new ArrayList<>();
          while (it.hasNext()) {
            ShingledArticle doc = it.next();
            long[] sig = hasher.signature(doc.getShingles());
            for (int band = 0; band < bands; band++) {
              out.add(new Tuple2<>(bandKey(sig, band, rows), doc.getId()));
            }
          }
          return out.iterator();
        }, Encoders.tuple(Encoders.BINARY(), Encoders.STRING()));

    Dataset<Row> candidates = bandEntries
        .groupByKey((MapFunction<Tuple2<byte[], String>, byte[]>) Tuple2::_1, Encoders.BINARY())
        .flatMapGroups((FlatMapGroupsFunction<byte[], Tuple2<byte[], String>, Tuple2<String, String>>)
            (key, members) -> bucketPairs(members), Encoders.tuple(Encoders.STRING(), Encoders.STRING()))
        .toDF("a", "b")
        .distinct();

    Dataset<Row> left = shingled.toDF().select(col("id").as("a"), col("shingles").as("sa"));
    Dataset<Row> right = shingled.toDF().select(col("id").as("b"), col("shingles").as("sb"));
    return candidates.join(left, "a").join(right, "b")
        .select("a", "b", "sa", "sb")
        .as(Encoders.bean(CandidatePair.class))
        .flatMap((FlatMapFunction<CandidatePair, Tuple3<String, String, Double>>) p -> {
          double j = Jaccard.of(p.getSa(), p.getSb());
          return j >= threshold ? List.of(new Tuple3<>(p.getA(), p.getB(), j)).iterator()
              : Collections.emptyIterator();
        }, Encoders.tuple(Encoders.STRING(), Encoders.STRING(), Encoders.DOUBLE()))
        .toDF("a", "b", "score");
  }

  static byte[] bandKey(long[] sig, int band, int rows) {
    ByteBuffer key = ByteBuffer.allocate(Integer.BYTES + rows * Long.BYTES).putInt(band);
    for (int r = 0; r < rows; r++) {
      key.putLong(sig[band * rows + r]);
    }
    return key.array();
  }

  /** Every pair of a bucket's members ({@code a < b}), or a star around the first for an oversized bucket. */
  static Iterator<Tuple2<String, String>> bucketPairs(Iterator<Tuple2<byte[], String>> members) {
    List<String> ids = new ArrayList<>();
    members.forEachRemaining(m -> ids.add(m._2()));
    List<Tuple2<String, String>> out = new ArrayList<>();
    if (ids.size() > MAX_BUCKET_PAIRWISE) {
      for (int y = 1; y < ids.size(); y++) {
        addPair(ids.get(0), ids.get(y), out);
      }
      return out.iterator();
    }
    for (int x = 0; x < ids.size(); x++) {
      for (int y = x + 1; y < ids.size(); y++) {
        addPair(ids.get(x), ids.get(y), out);
      }
    }
    return out.iterator();
  }

  private static void addPair(String x, String y, List<Tuple2<String, String>> out) {
    int c = x.compareTo(y);
    if (c != 0) {
      out.add(c < 0 ? new Tuple2<>(x, y) : new Tuple2<>(y, x));
    }
  }
}
