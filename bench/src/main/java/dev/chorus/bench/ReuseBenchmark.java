package dev.chorus.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.chorus.reuse.DuplicatePair;
import dev.chorus.reuse.Jaccard;
import dev.chorus.reuse.MinHashConfig;
import dev.chorus.reuse.NearDuplicateFinder;
import dev.chorus.reuse.NearDuplicates;
import dev.chorus.reuse.PassageConfig;
import dev.chorus.reuse.PassagePair;
import dev.chorus.reuse.PassageReuseFinder;
import dev.chorus.reuse.WordTokens;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Duplicate and passage-reuse detection on Reuters-21578: throughput (articles/s, loading included), peak heap, and
 * recall against exact Jaccard over lower-cased word 5-shingles (computed here by an exact all-pairs join).
 *
 * <p>Run: {@code bench/run ReuseBenchmark [reuters21578.jsonl.gz] [--scale N]} (default
 * ../shared/bench/reuters21578). With {@code --scale N} the corpus is grown to N articles by {@link CorpusMutator}
 * (copies, edits, splices, reorders of the stories, seeded), to measure growth; the ground truth is recomputed
 * exactly on the grown corpus.
 */
public final class ReuseBenchmark {
  static final int MIN_WORDS = 5;

  public static void main(String[] args) throws IOException {
    Path file = BenchData.dir("reuters21578").resolve("reuters21578.jsonl.gz");
    int scale = 0;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--scale")) {
        scale = Integer.parseInt(args[++i]);
      } else {
        file = Path.of(args[i]);
      }
    }
    resetPeaks();
    long t0 = System.nanoTime();
    List<String> texts = load(file);
    double loadS = secs(t0);
    System.out.printf("Reuters-21578: %d stories with >= %d words, loaded in %.2f s, peak heap %d MiB%n",
        texts.size(), MIN_WORDS, loadS, peakHeapMiB());
    if (scale > texts.size()) {
      CorpusMutator mutator = new CorpusMutator(20260101L);
      texts = mutator.grow(texts, scale);
      System.out.printf("grown to %d articles: %s%n", texts.size(), mutator.recipe());
      // loading time is charged per article as measured on the original file
      loadS = loadS * texts.size() / 19_773.0;
    }

    List<long[]> shingles = new ArrayList<>(texts.size());
    long t1 = System.nanoTime();
    for (String t : texts) {
      shingles.add(WordTokens.of(t).shingleSet(5));
    }
    double shingleS = secs(t1);
    System.out.printf("word 5-shingles in %.2f s%n", shingleS);
    Set<Long> truth08 = new HashSet<>();
    Set<Long> truth05 = new HashSet<>();
    long t2 = System.nanoTime();
    exactPairs(shingles, truth08, truth05);
    System.out.printf("exact all-pairs join (ground truth): %d pairs >= 0.8, %d pairs >= 0.5, %.2f s%n",
        truth08.size(), truth05.size(), secs(t2));

    for (double threshold : new double[] {0.8, 0.5}) {
      DuplicateRun run = duplicates(shingles, threshold == 0.8 ? truth08 : truth05, threshold);
      double total = loadS + shingleS + run.seconds();
      System.out.printf("duplicates >= %.1f (%d bands x %d rows): %d pairs, %d clusters, %d candidates; recall %.4f;"
              + " %.2f s (%.0f articles/s; %.0f articles/s with loading and shingling), peak heap %d MiB%n",
          threshold, run.config().bands(), run.config().rows(), run.found().pairs().size(),
          run.found().clusters().size(), run.found().candidates(), run.recall(), run.seconds(),
          texts.size() / run.seconds(), texts.size() / total, run.peakHeapMiB());
    }

    resetPeaks();
    long t4 = System.nanoTime();
    List<WordTokens> tokens = new ArrayList<>(texts.size());
    for (String t : texts) {
      tokens.add(WordTokens.of(t));
    }
    List<PassagePair> passages = new PassageReuseFinder(PassageConfig.defaults()).find(tokens);
    double passS = secs(t4);
    Set<Long> withPassages = new HashSet<>();
    for (PassagePair p : passages) {
      withPassages.add(key(p.a(), p.b()));
    }
    int hit05 = 0;
    for (long k : truth05) {
      if (withPassages.contains(k)) {
        hit05++;
      }
    }
    System.out.printf("passage reuse: %d pairs with passages; recall of the Jaccard >= 0.5 pairs %.4f; %.2f s"
            + " (%.0f articles/s), peak heap %d MiB%n", passages.size(),
        truth05.isEmpty() ? 1.0 : (double) hit05 / truth05.size(), passS, texts.size() / passS, peakHeapMiB());
  }

  /** One duplicate-detection run at a threshold: what it found, its recall against {@code truth}, time and heap. */
  record DuplicateRun(MinHashConfig config, NearDuplicates found, double recall, double seconds, long peakHeapMiB) {}

  /** Runs {@link NearDuplicateFinder} over {@code shingles} at {@code threshold} and scores it against the truth. */
  static DuplicateRun duplicates(List<long[]> shingles, Set<Long> truth, double threshold) {
    resetPeaks();
    MinHashConfig config = MinHashConfig.forThreshold(threshold);
    long t0 = System.nanoTime();
    NearDuplicates found = new NearDuplicateFinder(config).find(shingles);
    double seconds = secs(t0);
    int hit = 0;
    for (DuplicatePair p : found.pairs()) {
      if (truth.contains(key(p.a(), p.b()))) {
        hit++;
      }
    }
    return new DuplicateRun(config, found, truth.isEmpty() ? 1.0 : (double) hit / truth.size(), seconds,
        peakHeapMiB());
  }

  /** The {@code text} of every record with at least {@link #MIN_WORDS} words; a streaming parse reads nothing else. */
  static List<String> load(Path file) throws IOException {
    return loadStories(file).stream().map(Story::text).toList();
  }

  /** A record of the corpus: its {@code id} (null when absent) and {@code text}. */
  record Story(String id, String text) {}

  /** The stories with at least {@link #MIN_WORDS} words, in file order. */
  static List<Story> loadStories(Path file) throws IOException {
    JsonFactory factory = new JsonFactory();
    List<Story> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        file.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(file), 1 << 16)
            : Files.newInputStream(file), StandardCharsets.UTF_8), 1 << 16)) {
      String line;
      while ((line = r.readLine()) != null) {
        Story story = parse(factory, line);
        if (story != null && WordTokens.of(story.text()).size() >= MIN_WORDS) {
          out.add(story);
        }
      }
    }
    return out;
  }

  private static Story parse(JsonFactory factory, String line) throws IOException {
    try (JsonParser p = factory.createParser(line)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      String id = null;
      String text = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if ("text".equals(name) && value == JsonToken.VALUE_STRING) {
          text = p.getText();
        } else if ("id".equals(name) && value.isScalarValue()) {
          id = p.getText();
        } else {
          p.skipChildren();
        }
        if (text != null && id != null) {
          break; // the rest of the record is not read
        }
      }
      return text == null ? null : new Story(id, text);
    }
  }

  /** Exact Jaccard of every pair sharing a shingle: an inverted index and a dense counter per document. */
  static void exactPairs(List<long[]> sets, Set<Long> atLeast08, Set<Long> atLeast05) {
    java.util.Map<Long, int[]> postings = new java.util.HashMap<>();
    java.util.Map<Long, Integer> sizes = new java.util.HashMap<>();
    for (long[] s : sets) {
      for (long g : s) {
        sizes.merge(g, 1, Integer::sum);
      }
    }
    for (int d = 0; d < sets.size(); d++) {
      for (long g : sets.get(d)) {
        int[] p = postings.computeIfAbsent(g, k -> new int[sizes.get(k) + 1]);
        p[++p[0]] = d;
      }
    }
    int[] count = new int[sets.size()];
    int[] touched = new int[sets.size()];
    for (int i = 0; i < sets.size(); i++) {
      int nt = 0;
      for (long g : sets.get(i)) {
        int[] p = postings.get(g);
        for (int k = 1; k <= p[0]; k++) {
          int j = p[k];
          if (j > i) {
            if (count[j]++ == 0) {
              touched[nt++] = j;
            }
          }
        }
      }
      for (int t = 0; t < nt; t++) {
        int j = touched[t];
        int inter = count[j];
        count[j] = 0;
        double jac = (double) inter / (sets.get(i).length + sets.get(j).length - inter);
        if (jac >= 0.5) {
          atLeast05.add(key(i, j));
          if (jac >= 0.8) {
            atLeast08.add(key(i, j));
          }
        }
      }
    }
    assert Jaccard.of(new long[] {1}, new long[] {1}) == 1.0;
  }

  static long key(int a, int b) {
    return ((long) Math.min(a, b) << 32) | Math.max(a, b);
  }

  static double secs(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static long peakHeapMiB() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum >> 20;
  }
}
