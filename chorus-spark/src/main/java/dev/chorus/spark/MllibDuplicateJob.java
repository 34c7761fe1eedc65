package dev.chorus.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;

import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.feature.NGram;
import org.apache.spark.ml.feature.RegexTokenizer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The yardstick: Spark MLlib's {@code MinHashLSH} with {@code approxSimilarityJoin}, used as its documentation
 * shows, over the same lower-cased word 5-shingles (words are runs of letters or digits, as in Chorus), hashed into
 * 2^20 binary features.
 *
 * @param hashTables MinHash tables (OR-amplification); 5 in the benchmark
 * @param threshold Jaccard a pair needs; the join is asked for Jaccard distance below {@code 1 - threshold}
 */
public record MllibDuplicateJob(int hashTables, double threshold, long seed) {
  static final int FEATURES = 1 << 20;

  /** Pairs of {@code articles} (columns {@code id}, {@code text}) found by the join: {@code a < b}, {@code score}. */
  public Dataset<Row> pairs(Dataset<Row> articles) {
    RegexTokenizer words = new RegexTokenizer().setInputCol("text").setOutputCol("words")
        .setPattern("[^\\p{L}\\p{N}]+").setGaps(true).setToLowercase(true);
    NGram shingles = new NGram().setN(5).setInputCol("words").setOutputCol("shingles");
    HashingTF features = new HashingTF().setInputCol("shingles").setOutputCol("features")
        .setNumFeatures(FEATURES).setBinary(true);
    Dataset<Row> featurized = features.transform(shingles.transform(words.transform(articles.select("id", "text"))))
        // MinHashLSH rejects empty vectors: texts under five words have no shingle
        .filter(size(col("shingles")).gt(0))
        .select("id", "features")
        .cache();
    MinHashLSHModel model = new MinHashLSH().setNumHashTables(hashTables).setInputCol("features")
        .setOutputCol("hashes").setSeed(seed).fit(featurized);
    return model.approxSimilarityJoin(featurized, featurized, 1 - threshold, "distance")
        .filter(col("datasetA.id").lt(col("datasetB.id")))
        .select(col("datasetA.id").as("a"), col("datasetB.id").as("b"), lit(1.0).minus(col("distance")).as("score"));
  }
}
