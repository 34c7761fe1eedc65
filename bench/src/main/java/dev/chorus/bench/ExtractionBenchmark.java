package dev.chorus.bench;

import de.l3s.boilerpipe.extractors.ArticleExtractor;
import dev.chorus.extract.DensityMainTextExtractor;
import dev.chorus.extract.MainTextExtractor;
import dev.chorus.extract.PageMetadata;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;

/**
 * Main-text extraction quality and speed on the article-extraction benchmark (91 news pages with ground truth),
 * Chorus's extractor side by side with the Java extractors that exist, through the same scorer in one run.
 *
 * <p>{@code bench/run ExtractionBenchmark [DATA_DIR] [--pages]}: DATA_DIR defaults to
 * {@code ../shared/bench/article-extraction} (or {@code $BENCH_DATA/article-extraction}); {@code --pages} also
 * prints Chorus's per-page scores, worst first. Throughput is one thread (one core): each extractor runs the
 * pages once to warm up, then three times timed; "pages/s" counts the thread's CPU time (robust when other
 * processes share the machine), "wall p/s" the fastest pass's elapsed time. "heap+" is the heap pools' peak
 * during the timed passes above the heap in use before them (the decoded pages), so it includes garbage not yet
 * collected: run with a small {@code BENCH_JAVA_OPTS=-Xmx256m} to see what each extractor needs.
 */
public final class ExtractionBenchmark {
  /** Timed passes per extractor; the fastest counts (the machine may be shared). */
  private static final int TIMED_PASSES = 3;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private ExtractionBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path dir = dataDir(args);
    boolean perPage = List.of(args).contains("--pages");
    List<ExtractionCorpus.Page> pages = ExtractionCorpus.load(dir);
    MainTextExtractor chorus = new DensityMainTextExtractor();
    Map<String, BiFunction<String, String, String>> extractors = new LinkedHashMap<>();
    extractors.put("chorus", (html, url) -> chorus.extract(html, url).mainText());
    extractors.put("readability4j 1.0.8", ExtractionBenchmark::readability);
    extractors.put("boilerpipe 1.2.2 Article", ExtractionBenchmark::boilerpipe);
    extractors.put("jsoup body text", (html, url) -> Jsoup.parse(html, url == null ? "" : url).body().text());

    ShingleScorer scorer = new ShingleScorer();
    System.out.printf("%d pages from %s%n%n", pages.size(), dir);
    System.out.printf("%-26s %6s %6s %6s %9s %9s %9s%n", "extractor", "F1", "P", "R", "pages/s", "wall p/s",
        "heap+ MB");
    for (var e : extractors.entrySet()) {
      run(e.getValue(), pages); // warm-up
      System.gc();
      long baseline = heapUsed();
      resetPeaks();
      List<String> out = null;
      double wall = Double.MAX_VALUE;
      double cpu = Double.MAX_VALUE;
      for (int pass = 0; pass < TIMED_PASSES; pass++) {
        long t0 = System.nanoTime();
        long c0 = THREADS.getCurrentThreadCpuTime();
        out = run(e.getValue(), pages);
        cpu = Math.min(cpu, (THREADS.getCurrentThreadCpuTime() - c0) / 1e9);
        wall = Math.min(wall, (System.nanoTime() - t0) / 1e9);
      }
      long peak = peakHeap() - baseline;
      List<ShingleScorer.PageScore> scores = new ArrayList<>();
      for (int i = 0; i < pages.size(); i++) {
        scores.add(scorer.score(pages.get(i).expected(), out.get(i)));
      }
      ShingleScorer.Summary s = scorer.summarise(scores);
      System.out.printf("%-26s %6.3f %6.3f %6.3f %9.1f %9.1f %9d%n", e.getKey(), s.f1(), s.precision(),
          s.recall(), pages.size() / cpu, pages.size() / wall, peak >> 20);
      if (perPage && e.getKey().equals("chorus")) {
        printPages(pages, scores);
      }
    }
    printMetadataCoverage(pages, chorus);
  }

  /** How many pages yield each metadata field, and where published dates came from (no ground truth for these). */
  private static void printMetadataCoverage(List<ExtractionCorpus.Page> pages, MainTextExtractor extractor) {
    Map<String, Integer> fields = new LinkedHashMap<>();
    Map<String, Integer> dateSources = new java.util.TreeMap<>();
    for (ExtractionCorpus.Page p : pages) {
      PageMetadata m = extractor.extract(p.html(), p.url()).metadata();
      count(fields, "title", m.title());
      count(fields, "published", m.published());
      count(fields, "modified", m.modified());
      count(fields, "byline", m.byline());
      count(fields, "site", m.site());
      count(fields, "url", m.url());
      count(fields, "language", m.language());
      if (m.publishedSource() != null) {
        dateSources.merge(m.publishedSource().startsWith("meta:") ? "meta" : m.publishedSource(), 1, Integer::sum);
      }
    }
    System.out.printf("%nchorus metadata, pages with a value (of %d): %s%npublished date sources: %s%n",
        pages.size(), fields, dateSources);
  }

  private static void count(Map<String, Integer> counts, String field, String value) {
    counts.merge(field, value == null ? 0 : 1, Integer::sum);
  }

  private static List<String> run(BiFunction<String, String, String> extractor, List<ExtractionCorpus.Page> pages) {
    List<String> out = new ArrayList<>(pages.size());
    for (ExtractionCorpus.Page p : pages) {
      String text;
      try {
        text = extractor.apply(p.html(), p.url());
      } catch (RuntimeException | StackOverflowError failed) {
        text = ""; // a failure scores as an empty extraction, as in the reference script
        System.err.println("  failed on " + p.id() + ": " + failed);
      }
      out.add(text == null ? "" : text);
    }
    return out;
  }

  private static String readability(String html, String url) {
    var article = new Readability4J(url == null ? "" : url, html).parse();
    return article.getArticleContent() == null ? "" : article.getArticleContent().text();
  }

  private static String boilerpipe(String html, String url) {
    try {
      return ArticleExtractor.INSTANCE.getText(html);
    } catch (Exception failed) {
      throw new IllegalStateException(failed);
    }
  }

  private static void printPages(List<ExtractionCorpus.Page> pages, List<ShingleScorer.PageScore> scores) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingDouble(i -> scores.get(i).tp()));
    for (int i : order) {
      ShingleScorer.PageScore s = scores.get(i);
      System.out.printf("  %.3f tp %.3f fp %.3f fn  %s %s%n", s.tp(), s.fp(), s.fn(), pages.get(i).id().substring(0, 8),
          pages.get(i).url());
    }
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static long heapUsed() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  private static Path dataDir(String[] args) {
    for (String a : args) {
      if (!a.startsWith("--")) {
        return Path.of(a);
      }
    }
    String base = System.getenv("BENCH_DATA");
    return Path.of(base == null ? "../shared/bench" : base).resolve("article-extraction");
  }
}
