package dev.chorus.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import dev.chorus.reuse.WordTokens;
import java.util.Arrays;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Articles read from Parquet or JSON Lines (gzip allowed) as columns {@code id}, {@code text}, {@code published}
 * (null when the input has no such column). Rows without an id are dropped; a missing text counts as empty.
 *
 * @param idColumn the input's id column
 * @param textColumn the input's text column (the cleaned text, as in the workspace's {@code articles.text})
 * @param publishedColumn the input's ISO publication date column, if any
 * @param minWords articles with fewer words are left out (as the benchmark leaves out stories under five words)
 */
public record ArticleInput(String idColumn, String textColumn, String publishedColumn, int minWords) {

  public static ArticleInput defaults() {
    return new ArticleInput("id", "text", "published", 1);
  }

  /** Reads {@code path} (a file, a directory or a glob): Parquet when it ends in {@code .parquet}, else JSONL. */
  public Dataset<Row> read(SparkSession spark, String path) {
    boolean parquet = path.endsWith(".parquet") || path.endsWith(".parquet/");
    // JSON: the three columns as strings, so Spark neither scans the whole input to infer a schema nor parses
    // fields nobody reads (a number id is kept as its text)
    Dataset<Row> raw = parquet ? spark.read().parquet(path) : spark.read().schema(new StructType()
        .add(idColumn, DataTypes.StringType).add(textColumn, DataTypes.StringType)
        .add(publishedColumn, DataTypes.StringType)).json(path);
    return select(raw, spark.sparkContext().defaultParallelism());
  }

  /** The three columns, filtered, spread over {@code partitions} (a gzip file reads as one) and kept for reuse. */
  public Dataset<Row> select(Dataset<Row> raw, int partitions) {
    boolean hasPublished = Arrays.asList(raw.columns()).contains(publishedColumn);
    int min = minWords;
    Dataset<Row> articles = raw.select(
            col(idColumn).cast("string").as("id"),
            col(textColumn).cast("string").as("text"),
            (hasPublished ? col(publishedColumn).cast("string") : lit(null).cast("string")).as("published"))
        .filter(col("id").isNotNull())
        .na().fill("", new String[] {"text"})
        .filter((FilterFunction<Row>) r -> WordTokens.of(r.getString(1)).size() >= min);
    return articles.repartition(Math.max(1, partitions)).persist(StorageLevel.MEMORY_AND_DISK());
  }
}
