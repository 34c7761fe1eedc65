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
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Story clustering over the first N Reuters-21578 stories with text: articles/s, peak heap, how many stories and
 * how large the largest. Run: {@code bench/run StoryBenchmark [N…]} (default 1000 5000 19779).
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
