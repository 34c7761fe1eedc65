package dev.chorus.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.reuse.MinHashConfig;
import dev.chorus.reuse.NearDuplicateFinder;
import dev.chorus.reuse.NearDuplicates;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ChorusDuplicateJobTest {
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start("local[1]", "chorus-spark-test");
    // a handful of rows: compiling generated code and shuffling into several partitions cost more than the work
    spark.conf().set("spark.sql.codegen.wholeStage", "false");
    spark.conf().set("spark.sql.shuffle.partitions", "1");
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void findsTheSamePairsAsTheSingleJvmFinder() {
    List<String> texts = texts();
    MinHashConfig config = MinHashConfig.forThreshold(0.5);
    NearDuplicates expected = new NearDuplicateFinder(config).find(
        texts.stream().map(t -> new NearDuplicateFinder(config).shingles(t)).toList());

    List<Row> found = new ChorusDuplicateJob(config).pairs(articles(texts)).collectAsList();

    Set<String> expectedPairs = expected.pairs().stream()
        .map(p -> id(p.a()) + "-" + id(p.b()) + String.format(" %.6f", p.jaccard()))
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> foundPairs = found.stream()
        .map(r -> r.getString(0) + "-" + r.getString(1) + String.format(" %.6f", r.getDouble(2)))
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(expectedPairs).hasSizeGreaterThanOrEqualTo(3);
    assertThat(foundPairs).isEqualTo(expectedPairs);
  }

  private static String id(int index) {
    return String.format("a%02d", index);
  }

  private static Dataset<Row> articles(List<String> texts) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      rows.add(RowFactory.create(id(i), texts.get(i), null));
    }
    StructType schema = new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType)
        .add("published", DataTypes.StringType);
    return spark.createDataFrame(rows, schema);
  }

  /** Three stories, each with near copies (a few words changed), a chain of edits, and unrelated texts. */
  private static List<String> texts() {
    Random random = new Random(7);
    List<String> out = new ArrayList<>();
    for (int story = 0; story < 3; story++) {
      List<String> words = new ArrayList<>();
      for (int w = 0; w < 80; w++) {
        words.add("w" + random.nextInt(5000));
      }
      out.add(String.join(" ", words));
      for (int copy = 0; copy < 2; copy++) {
        for (int k = 0; k < 2 + copy * 4; k++) {
          words.set(random.nextInt(words.size()), "x" + random.nextInt(5000));
        }
        out.add(String.join(" ", words));
      }
    }
    out.add("");
    out.add("Too short.");
    return out;
  }
}
