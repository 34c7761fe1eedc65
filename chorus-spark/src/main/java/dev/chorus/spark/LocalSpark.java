package dev.chorus.spark;

import org.apache.spark.sql.SparkSession;

/** Spark sessions as Chorus runs them: no web UI, driver bound to the loopback, quiet logs. */
public final class LocalSpark {
  private LocalSpark() {}

  /**
   * A session on {@code master} ({@code local[N]} on one machine, or a cluster URL). Shuffles use as many
   * partitions as cores rather than Spark's 200, which only cost task overhead on a corpus that fits one machine.
   */
  public static SparkSession start(String master, String appName) {
    int cores = master.startsWith("local") ? localCores(master) : 0;
    SparkSession.Builder builder = SparkSession.builder()
        .appName(appName)
        .master(master)
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.adaptive.enabled", "true");
    if (cores > 0) {
      builder.config("spark.sql.shuffle.partitions", String.valueOf(cores * 2));
    }
    SparkSession session = builder.getOrCreate();
    session.sparkContext().setLogLevel("WARN");
    return session;
  }

  /** N of {@code local[N]}; the machine's cores for {@code local} and {@code local[*]}. */
  static int localCores(String master) {
    int open = master.indexOf('[');
    int close = master.indexOf(']');
    if (open < 0 || close < open) {
      return 1;
    }
    String n = master.substring(open + 1, close);
    if (n.equals("*")) {
      return Runtime.getRuntime().availableProcessors();
    }
    try {
      return Math.max(1, Integer.parseInt(n.split(",")[0].trim()));
    } catch (NumberFormatException e) {
      return Runtime.getRuntime().availableProcessors();
    }
  }
}
