package dev.chorus.bench;

import dev.chorus.bench.ReuseBenchmark.DuplicateRun;
import dev.chorus.bench.ReuseBenchmark.Story;
import dev.chorus.reuse.DuplicatePair;
import dev.chorus.reuse.WordTokens;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Duplicate detection three ways on the same input in one run: Chorus in this JVM ({@link ReuseBenchmark}'s
 * measurement), Chorus on Spark and Spark MLlib's {@code MinHashLSH} (each a {@code chorus-spark/run} process,
 * local[2], 5 hash tables for MLlib: Spark needs its own classpath for its Jackson). Throughput counts the whole
 * work from reading the file (the Spark runs: the whole process, session start included); recall is against exact
 * Jaccard over word 5-shingles, read back from the {@code reuse_links} Parquet each Spark run writes.
 *
 * <p>Run: {@code bench/run-spark-comparison [reuters21578.jsonl.gz]}.
 */
public final class SparkComparison {
  private static final double[] THRESHOLDS = {0.8, 0.5};
  private static final Pattern SUMMARY = Pattern.compile("duplicates: .*pairs=(\\d+).*peak_heap_mib=(\\d+)");

  private SparkComparison() {}

  /** One row of the table. */
  record Row(String engine, double threshold, long pairs, double recall, double seconds, long peakHeapMiB,
      int articles) {
    double articlesPerSecond() {
      return articles / seconds;
    }
  }

  public static void main(String[] args) throws Exception {
    Path file = args.length > 0 ? Path.of(args[0])
        : BenchData.dir("reuters21578").resolve("reuters21578.jsonl.gz");
    Path root = Path.of(System.getProperty("chorus.root", ".")).toAbsolutePath().normalize();
    List<Row> rows = new ArrayList<>();

    // 1. Chorus in one JVM: load, shingle, find; peak heap over the whole of it
    HeapSampler.reset();
    long t0 = System.nanoTime();
    List<Story> stories = ReuseBenchmark.loadStories(file);
    List<long[]> shingles = new ArrayList<>(stories.size());
    for (Story s : stories) {
      shingles.add(WordTokens.of(s.text()).shingleSet(5));
    }
    double prepS = ReuseBenchmark.secs(t0);
    long prepHeap = HeapSampler.peakMiB();
    // measured before the exact join below, so this JVM is as cold as the Spark processes
    List<DuplicateRun> runs = new ArrayList<>();
    for (double t : THRESHOLDS) {
      runs.add(ReuseBenchmark.duplicates(shingles, Set.of(), t));
    }
    Set<Long> truth08 = new HashSet<>();
    Set<Long> truth05 = new HashSet<>();
    ReuseBenchmark.exactPairs(shingles, truth08, truth05);
    System.out.printf("%d stories; exact Jaccard: %d pairs >= 0.8, %d pairs >= 0.5%n", stories.size(),
        truth08.size(), truth05.size());
    for (int i = 0; i < THRESHOLDS.length; i++) {
      double t = THRESHOLDS[i];
      DuplicateRun run = runs.get(i);
      System.out.printf(Locale.ROOT, "  Chorus, one JVM, >= %.1f: load + shingles %.2f s, find %.2f s%n", t, prepS,
          run.seconds());
      rows.add(new Row("Chorus, one JVM", t, run.found().pairs().size(),
          recall(run.found().pairs(), t == 0.8 ? truth08 : truth05), prepS + run.seconds(),
          Math.max(prepHeap, run.peakHeapMiB()), stories.size()));
    }

    // 2. Chorus on Spark and MLlib, each run its own process
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < stories.size(); i++) {
      index.putIfAbsent(stories.get(i).id(), i);
    }
    for (String engine : new String[] {"chorus", "mllib"}) {
      for (double t : THRESHOLDS) {
        rows.add(spark(root, file, engine, t, t == 0.8 ? truth08 : truth05, index, stories.size()));
      }
    }

    System.out.println();
    System.out.println("| engine | Jaccard ≥ | pairs | recall | articles/s (loading included) | seconds | peak heap MiB |");
    System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
    for (Row r : rows) {
      System.out.printf(Locale.ROOT, "| %s | %.1f | %d | %.4f | %.0f | %.1f | %d |%n", r.engine(), r.threshold(),
          r.pairs(), r.recall(), r.articlesPerSecond(), r.seconds(), r.peakHeapMiB());
    }
  }

  private static double recall(List<DuplicatePair> found, Set<Long> truth) {
    int hit = 0;
    for (DuplicatePair p : found) {
      if (truth.contains(ReuseBenchmark.key(p.a(), p.b()))) {
        hit++;
      }
    }
    return truth.isEmpty() ? 1.0 : (double) hit / truth.size();
  }

  private static Row spark(Path root, Path file, String engine, double threshold, Set<Long> truth,
      Map<String, Integer> index, int articles) throws IOException, InterruptedException, SQLException {
    Path out = Files.createTempDirectory("chorus-spark-" + engine);
    List<String> cmd = List.of(root.resolve("chorus-spark/run").toString(), "--input",
        file.toAbsolutePath().toString(), "--out", out.toString(), "--engine", engine, "--threshold",
        String.valueOf(threshold), "--master", "local[2]", "--hash-tables", "5", "--min-words",
        String.valueOf(ReuseBenchmark.MIN_WORDS));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT);
    pb.environment().put("CHORUS_SPARK_BUILT", "1");
    long t0 = System.nanoTime();
    Process p = pb.start();
    String summary = null;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        System.out.println("  " + line);
        if (line.startsWith("duplicates:")) {
          summary = line;
        }
      }
    }
    int exit = p.waitFor();
    double seconds = ReuseBenchmark.secs(t0);
    Matcher m = summary == null ? null : SUMMARY.matcher(summary);
    if (exit != 0 || m == null || !m.find()) {
      throw new IllegalStateException(engine + " on Spark failed (exit " + exit + ")");
    }
    int hit = 0;
    long pairs = 0;
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT a, b FROM read_parquet('"
            + out.resolve("reuse_links").toString().replace("'", "''") + "/*.parquet')")) {
      while (rs.next()) {
        pairs++;
        Integer a = index.get(rs.getString(1));
        Integer b = index.get(rs.getString(2));
        if (a != null && b != null && truth.contains(ReuseBenchmark.key(a, b))) {
          hit++;
        }
      }
    }
    String name = engine.equals("chorus") ? "Chorus on Spark, local[2]" : "MLlib MinHashLSH, local[2], 5 tables";
    return new Row(name, threshold, pairs, truth.isEmpty() ? 1.0 : (double) hit / truth.size(), seconds,
        Long.parseLong(m.group(2)), articles);
  }
}
