/**
 * Chorus on Apache Spark, for corpora past one machine: near-duplicate detection that wraps chorus-core's pure
 * reuse functions (word shingles, MinHash, exact Jaccard) in Spark stages and writes the workspace's
 * {@code reuse_links}, {@code reuse_passages} and {@code duplicate_clusters} tables as Parquet; plus Spark MLlib's
 * {@code MinHashLSH} on the same input, the yardstick it is compared with. Entry point:
 * {@link dev.chorus.spark.SparkDuplicates}.
 */
package dev.chorus.spark;
