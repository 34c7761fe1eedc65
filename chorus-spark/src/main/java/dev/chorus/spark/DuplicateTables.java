package dev.chorus.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.dense_rank;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.udf;

import dev.chorus.reuse.Direction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;

/**
 * Duplicate pairs as the workspace's tables (see {@code V3__reuse.sql}): {@code reuse_links} (kind
 * {@code duplicate}, score = Jaccard, {@code earlier} by {@link Direction}), {@code reuse_passages} (one
 * passage per link spanning both whole texts, as the single-JVM analysis gives a duplicate link without verbatim
 * passages) and {@code duplicate_clusters} (connected components of the pairs), numbered from 1.
 */
public final class DuplicateTables {
  private static final UserDefinedFunction EARLIER = udf(
      (UDF4<String, String, String, String, String>) Direction::earlier, DataTypes.StringType);

  /** Java String length (UTF-16 units), the unit of every span; Spark's {@code length} counts code points. */
  private static final UserDefinedFunction UTF16_LENGTH = udf(
      (UDF1<String, Integer>) String::length, DataTypes.IntegerType);

  private DuplicateTables() {}

  /** {@code reuse_passages} rows of {@code links}: each link's two whole texts, with the link's score. */
  public static Dataset<Row> passages(Dataset<Row> links, Dataset<Row> articles) {
    Dataset<Row> texts = articles.select("id", "text");
    return links
        .join(texts.select(col("id").as("a"), UTF16_LENGTH.apply(col("text")).as("a_len")), "a")
        .join(texts.select(col("id").as("b"), UTF16_LENGTH.apply(col("text")).as("b_len")), "b")
        .select(col("link_id"), lit(0).as("a_start"), col("a_len").as("a_end"), lit(0).as("b_start"),
            col("b_len").as("b_end"), col("score").as("similarity"));
  }

  /** {@code reuse_links} rows of {@code pairs} ({@code a < b}, {@code score}) over {@code articles}' dates. */
  public static Dataset<Row> links(Dataset<Row> pairs, Dataset<Row> articles) {
    Dataset<Row> dates = articles.select("id", "published");
    return pairs
        .join(dates.select(col("id").as("a"), col("published").as("pa")), "a")
        .join(dates.select(col("id").as("b"), col("published").as("pb")), "b")
        .select(
            row_number().over(Window.orderBy("a", "b")).cast("int").as("link_id"),
            col("a"), col("b"), lit("duplicate").as("kind"), col("score"),
            EARLIER.apply(col("a"), col("pa"), col("b"), col("pb")).as("earlier"));
  }

  /**
   * {@code duplicate_clusters} rows: every article of a pair, numbered by connected component. Components come
   * from min-label propagation (each article takes the smallest id among its neighbours' labels until nothing
   * changes): as many rounds as the widest cluster is long, which for duplicates is one or two.
   */
  public static Dataset<Row> clusters(Dataset<Row> pairs) {
    Dataset<Row> edges = pairs.select(col("a").as("src"), col("b").as("dst"))
        .union(pairs.select(col("b").as("src"), col("a").as("dst")))
        .cache();
    Dataset<Row> labels = edges.groupBy("src").agg(min(least(col("src"), col("dst"))).as("label"))
        .withColumnRenamed("src", "id")
        .localCheckpoint();
    while (true) {
      Dataset<Row> next = edges.join(labels, edges.col("dst").equalTo(labels.col("id")))
          .groupBy(edges.col("src")).agg(min(col("label")).as("neighbour"))
          .join(labels, col("src").equalTo(labels.col("id")))
          .select(col("id"), least(col("label"), col("neighbour")).as("label"))
          .localCheckpoint();
      long changed = next.join(labels.withColumnRenamed("label", "old"), "id")
          .filter(col("label").notEqual(col("old"))).count();
      labels = next;
      if (changed == 0) {
        break;
      }
    }
    edges.unpersist();
    return labels.select(
        dense_rank().over(Window.orderBy("label")).cast("int").as("cluster_id"),
        col("id").as("article_id"));
  }

  /** Writes the tables under {@code dir} as {@code reuse_links/}, {@code reuse_passages/}, {@code duplicate_clusters/}. */
  public static void write(Dataset<Row> links, Dataset<Row> passages, Dataset<Row> clusters, String dir) {
    links.write().mode(SaveMode.Overwrite).parquet(dir + "/reuse_links");
    passages.write().mode(SaveMode.Overwrite).parquet(dir + "/reuse_passages");
    clusters.write().mode(SaveMode.Overwrite).parquet(dir + "/duplicate_clusters");
  }
}
