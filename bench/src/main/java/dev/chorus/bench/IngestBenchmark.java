package dev.chorus.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chorus.ingest.ArticleSink;
import dev.chorus.ingest.IngestLimits;
import dev.chorus.ingest.InputFile;
import dev.chorus.ingest.Ingestor;
import dev.chorus.ingest.Manifest;
import dev.chorus.model.Article;
import dev.chorus.run.Analysis;
import dev.chorus.run.AnalysisOptions;
import dev.chorus.run.AnalysisResult;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Ingest and foundation-pipeline throughput on a large JSON Lines file built from Reuters-21578 stories (each story
 * repeated under new ids until the file reaches the requested size), in bounded heap.
 *
 * <pre>bench/run IngestBenchmark [--mb 200] [--read-only] [--data ../shared/bench]</pre>
 * Run with {@code BENCH_JAVA_OPTS=-Xmx512m} to check that the heap stays bounded whatever the file size.
 * Prints, side by side: reading + parsing only, and the whole foundation pipeline into a workspace.
 */
public final class IngestBenchmark {
  static final java.util.Set<String> NON_FOUNDATION = java.util.Set.of(
      "annotate", "reference-dates", "entities", "stories", "framing", "reuse", "edits", "claims", "timeline");

  public static void main(String[] args) throws Exception {
    long mb = 200;
    boolean readOnly = false;
    Path data = Path.of(System.getenv().getOrDefault("BENCH_DATA", "../shared/bench"));
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--mb")) {
        mb = Long.parseLong(args[++i]);
      } else if (args[i].equals("--read-only")) {
        readOnly = true;
      } else if (args[i].equals("--data")) {
        data = Path.of(args[++i]);
      }
    }
    Path dir = Files.createTempDirectory("chorus-ingest-bench");
    Path jsonl = dir.resolve("reuters-x.jsonl");
    long articles = build(data.resolve("reuters21578/reuters21578.jsonl.gz"), jsonl, mb << 20);
    long bytes = Files.size(jsonl);
    System.out.printf("Input: %s, %.0f MB, %d articles; heap limit %d MiB; %d cores%n", jsonl, bytes / 1048576.0,
        articles, HeapSampler.maxHeapMiB(), Runtime.getRuntime().availableProcessors());

    HeapSampler.reset();
    long t0 = System.nanoTime();
    long[] read = new long[1];
    new Ingestor(IngestLimits.defaults(), Manifest.empty()).ingest(InputFile.of(jsonl), new ArticleSink() {
      @Override
      public void accept(Article article) {
        read[0]++;
      }

      @Override
      public void skip(String input, String reason) {}
    });
    double readSecs = (System.nanoTime() - t0) / 1e9;
    long readPeak = HeapSampler.peakMiB();

    if (readOnly) {
      System.out.printf("%nread + parse JSONL: %d articles, %.0f articles/s, %.1f MB/s, peak heap %d MiB%n", read[0],
          read[0] / readSecs, bytes / 1048576.0 / readSecs, readPeak);
      return;
    }
    HeapSampler.reset();
    t0 = System.nanoTime();
    // the foundation stages only: annotation and reuse have their own benchmarks
    AnalysisResult r = new Analysis(AnalysisOptions.of(List.of(jsonl.toString()), dir.resolve("ws"))
        .withSkippedStages(NON_FOUNDATION), null).run("bench");
    double runSecs = (System.nanoTime() - t0) / 1e9;
    long runPeak = HeapSampler.peakMiB();

    System.out.println();
    System.out.printf("%-34s %12s %10s %10s %14s%n", "", "articles", "art/s", "MB/s", "peak heap MiB");
    System.out.printf("%-34s %12d %10.0f %10.1f %14d%n", "read + parse JSONL", read[0], read[0] / readSecs,
        bytes / 1048576.0 / readSecs, readPeak);
    System.out.printf("%-34s %12d %10.0f %10.1f %14d%n", "foundation pipeline into DuckDB", r.articlesAdded(),
        r.articlesAdded() / runSecs, bytes / 1048576.0 / runSecs, runPeak);
    System.out.println("Time per stage (ms, summed over worker threads): " + r.stageMillis());
    System.out.printf("Workspace size: %.0f MB%n", Files.size(dir.resolve("ws/chorus.duckdb")) / 1048576.0);
  }

  /** Writes Reuters stories (with text) round-robin under fresh ids until {@code targetBytes}. */
  static long build(Path reuters, Path out, long targetBytes) throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<ObjectNode> stories = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(reuters)), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        JsonNode n = json.readTree(line);
        if (n.hasNonNull("text") && n.get("text").asText().split("\\s+").length >= 5) {
          ObjectNode o = json.createObjectNode();
          o.put("title", n.path("title").asText());
          o.put("text", n.get("text").asText());
          o.put("source", "Reuters");
          o.put("published", n.path("date").asText());
          o.put("id", n.path("id").asText());
          stories.add(o);
        }
      }
    }
    long written = 0;
    long count = 0;
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (int round = 0; written < targetBytes; round++) {
        for (ObjectNode story : stories) {
          ObjectNode copy = story.deepCopy();
          copy.put("id", story.get("id").asText() + "-" + round);
          String line = json.writeValueAsString(copy);
          w.write(line);
          w.write('\n');
          written += line.length() + 1;
          count++;
          if (written >= targetBytes) {
            break;
          }
        }
      }
    }
    return count;
  }
}
