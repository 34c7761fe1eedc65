package dev.chorus.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.stories.Story;
import dev.chorus.stories.StoryClusterer;
import dev.chorus.stories.StoryDocument;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Story clustering over the first N Reuters-21578 stories with text: articles/s, peak heap, how many stories and
 * how large the largest; then quality on the ECB+ dev topics (1–35, 772 articles): B-cubed precision, recall and
 * F1 of the stories against the gold sub-topics (one real event each). Run: {@code bench/run StoryBenchmark [N…]}
 * (default 1000 5000 19779).
 */
public final class StoryBenchmark {
  private StoryBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path file = BenchData.dir("reuters21578").resolve("reuters21578.jsonl.gz");
    List<StoryDocument> all = read(file);
    int[] sizes = args.length == 0 ? new int[] {1000, 5000, all.size()}
        : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
    System.out.println("articles\tseconds\tarticles/s\tstories\tlargest\tsingletons\tpeak heap MiB");
    for (int n : sizes) {
      List<StoryDocument> docs = all.subList(0, Math.min(n, all.size()));
      HeapSampler.reset();
      long t0 = System.nanoTime();
      List<Story> stories = new StoryClusterer().cluster(docs);
      double s = (System.nanoTime() - t0) / 1e9;
      long peak = HeapSampler.peakMiB();
      long singletons = stories.stream().filter(x -> x.articles().size() == 1).count();
      System.out.printf("%d\t%.2f\t%.0f\t%d\t%d\t%d\t%d%n", docs.size(), s, docs.size() / s, stories.size(),
          stories.get(0).articles().size(), singletons, peak);
    }
    Path ecb = BenchData.dir("ecbplus-dev");
    if (Files.isRegularFile(ecb.resolve("gold.tsv"))) {
      ecbPlus(ecb);
    }
  }

  /** B-cubed (Bagga and Baldwin 1998) of the stories of ECB+ dev against its sub-topics. */
  private static void ecbPlus(Path dir) throws IOException {
    Map<String, String> gold = new HashMap<>();
    for (String line : Files.readAllLines(dir.resolve("gold.tsv"), StandardCharsets.UTF_8)) {
      String[] cols = line.split("\t");
      if (cols.length >= 3 && !cols[0].equals("id")) {
        gold.put(cols[0], cols[1] + "/" + cols[2]);
      }
    }
    List<StoryDocument> docs = new ArrayList<>();
    ObjectMapper mapper = new ObjectMapper();
    for (String line : Files.readAllLines(dir.resolve("articles.jsonl"), StandardCharsets.UTF_8)) {
      JsonNode n = mapper.readTree(line);
      if (gold.containsKey(n.get("id").asText())) {
        docs.add(new StoryDocument(n.get("id").asText(), n.get("text").asText()));
      }
    }
    List<Story> stories = new StoryClusterer().cluster(docs);
    Map<String, Integer> goldSize = new HashMap<>();
    for (StoryDocument d : docs) {
      goldSize.merge(gold.get(d.id()), 1, Integer::sum);
    }
    double p = 0;
    double r = 0;
    for (Story s : stories) {
      Map<String, Integer> byGold = new HashMap<>();
      for (String id : s.articles()) {
        byGold.merge(gold.get(id), 1, Integer::sum);
      }
      for (String id : s.articles()) {
        int both = byGold.get(gold.get(id));
        p += (double) both / s.articles().size();
        r += (double) both / goldSize.get(gold.get(id));
      }
    }
    p /= docs.size();
    r /= docs.size();
    System.out.printf("ECB+ dev: %d articles, %d sub-topics, %d stories; B-cubed P %.3f R %.3f F1 %.3f%n",
        docs.size(), goldSize.size(), stories.size(), p, r, 2 * p * r / (p + r));
  }

  private static List<StoryDocument> read(Path file) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<StoryDocument> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        JsonNode n = mapper.readTree(line);
        String text = n.get("text").asText();
        if (!text.isBlank()) {
          out.add(new StoryDocument(n.get("id").asText(), text));
        }
      }
    }
    return out;
  }
}
