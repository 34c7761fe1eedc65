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
 * Main-text extraction quality and speed on two dev sets of different eras and sites, Chorus's extractor side by
 * side with the Java extractors that exist and the all-text baseline, every extractor through the same scorers in
 * one run:
 * <ul>
 *   <li>{@code article-extraction}: ScrapingHub's benchmark, 91 pages of the 2020s; word 4-gram shingle F1
 *       ({@link ShingleScorer});</li>
 *   <li>{@code l3s-gn1-dev}: half of L3S-GN1 split by site, 325 pages from 201 sites linked from Google News in 2008;
 *       ROUGE-LSum F1, mean over pages ({@link RougeLsumScorer}), as the web content extraction benchmark
 *       computes it.</li>
 * </ul>
 *
 * <p>{@code bench/run ExtractionBenchmark [DATA_DIR] [--pages] [--set NAME]}: DATA_DIR, the folder holding both sets,
 * defaults to {@code ../shared/bench} (or {@code $BENCH_DATA}); {@code --pages} also prints Chorus's per-page scores,
 * worst first; {@code --set} runs one set only. "empty" counts pages with a body for which an extractor gave no
 * text. Throughput is one thread (one core), parsing included: each extractor runs the pages once to warm up, then
 * three times timed; "pages/s" counts the thread's CPU time (robust when other processes share the machine) of the
 * fastest pass. "heap+" is the heap pools' peak during the timed passes above the heap in use before them (the
 * decoded pages), so it includes garbage not yet collected: run with a small {@code BENCH_JAVA_OPTS=-Xmx256m} to
 * see what each extractor needs.
 */
public final class ExtractionBenchmark {
  /** Timed passes per extractor; the fastest counts (the machine may be shared). */
  private static final int TIMED_PASSES = 3;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** Precision, recall and F1 of one extractor on one set, however the set's metric defines them. */
  record Figures(double f1, double precision, double recall, double[] perPage) {}

  /** A dev set and its metric. */
  record DevSet(String name, String metric, List<ExtractionCorpus.Page> pages) {
    Figures score(List<String> extracted) {
      double[] perPage = new double[pages.size()];
      if (metric.equals("shingle")) {
        ShingleScorer scorer = new ShingleScorer();
        List<ShingleScorer.PageScore> scores = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
          ShingleScorer.PageScore s = scorer.score(pages.get(i).expected(), extracted.get(i));
          scores.add(s);
          perPage[i] = s.tp();
        }
        ShingleScorer.Summary s = scorer.summarise(scores);
        return new Figures(s.f1(), s.precision(), s.recall(), perPage);
      }
      RougeLsumScorer scorer = new RougeLsumScorer();
      List<RougeLsumScorer.PageScore> scores = new ArrayList<>();
      for (int i = 0; i < pages.size(); i++) {
        RougeLsumScorer.PageScore s = scorer.score(pages.get(i).expected(), extracted.get(i));
        scores.add(s);
        perPage[i] = s.f1();
      }
      RougeLsumScorer.Summary s = scorer.summarise(scores);
      return new Figures(s.f1(), s.precision(), s.recall(), perPage);
    }
  }

  private ExtractionBenchmark() {}

  public static void main(String[] args) throws Exception {
    List<String> argList = List.of(args);
    Path base = dataDir(args);
    boolean perPage = argList.contains("--pages");
    int setAt = argList.indexOf("--set");
    String only = setAt >= 0 && setAt + 1 < args.length ? args[setAt + 1] : null;
    List<DevSet> sets = new ArrayList<>();
    if (only == null || only.equals("article-extraction")) {
      sets.add(new DevSet("article-extraction", "shingle",
          ExtractionCorpus.load(base.resolve("article-extraction"))));
    }
    if (only == null || only.equals("l3s-gn1-dev")) {
      sets.add(new DevSet("l3s-gn1-dev", "rouge", ExtractionCorpus.loadL3s(base.resolve("l3s-gn1-dev"))));
    }
    MainTextExtractor chorus = new DensityMainTextExtractor();
    Map<String, BiFunction<String, String, String>> extractors = new LinkedHashMap<>();
    extractors.put("chorus", (html, url) -> chorus.extract(html, url).mainText());
    extractors.put("readability4j 1.0.8", ExtractionBenchmark::readability);
    extractors.put("boilerpipe 1.2.2 Article", ExtractionBenchmark::boilerpipe);
    extractors.put("all text (jsoup body)", (html, url) -> Jsoup.parse(html, url == null ? "" : url).body().text());

    for (DevSet set : sets) {
      System.out.printf("%s: %d pages from %s, %s%n", set.name(), set.pages().size(), base.resolve(set.name()),
          set.metric().equals("shingle") ? "word 4-gram shingle F1 (macro P and R over pages, F1 of the means)"
              : "ROUGE-LSum F1 (whitespace tokens, sentences as units, mean over pages)");
    }
    System.out.println();
    StringBuilder header = new StringBuilder(String.format("%-26s", "extractor"));
    for (DevSet set : sets) {
      header.append(String.format(" | %-44s", set.name()));
    }
    System.out.println(header.append(String.format(" | %8s", "heap+ MB")));
    StringBuilder columns = new StringBuilder(String.format("%-26s", ""));
    for (int k = 0; k < sets.size(); k++) {
      columns.append(String.format(" | %6s %6s %6s %6s %9s %6s", "F1", "P", "R", "empty", "pages/s", ""));
    }
    System.out.println(columns);
    Map<String, List<Figures>> chorusFigures = new LinkedHashMap<>();
    for (var e : extractors.entrySet()) {
      StringBuilder row = new StringBuilder(String.format("%-26s", e.getKey()));
      long peakAbove = 0;
      List<Figures> figures = new ArrayList<>();
      for (DevSet set : sets) {
        run(e.getValue(), set.pages()); // warm-up
        System.gc();
        long baseline = heapUsed();
        resetPeaks();
        List<String> out = null;
        double cpu = Double.MAX_VALUE;
        for (int pass = 0; pass < TIMED_PASSES; pass++) {
          long c0 = THREADS.getCurrentThreadCpuTime();
          out = run(e.getValue(), set.pages());
          cpu = Math.min(cpu, (THREADS.getCurrentThreadCpuTime() - c0) / 1e9);
        }
        peakAbove = Math.max(peakAbove, peakHeap() - baseline);
        Figures f = set.score(out);
        figures.add(f);
        row.append(String.format(" | %6.3f %6.3f %6.3f %6d %9.1f %6s", f.f1(), f.precision(), f.recall(),
            empties(set.pages(), out), set.pages().size() / cpu, ""));
      }
      System.out.println(row.append(String.format(" | %8d", peakAbove >> 20)));
      if (e.getKey().equals("chorus")) {
        chorusFigures.put(e.getKey(), figures);
      }
    }
    if (perPage) {
      List<Figures> figures = chorusFigures.get("chorus");
      for (int k = 0; k < sets.size(); k++) {
        System.out.printf("%nchorus on %s, worst first:%n", sets.get(k).name());
        printPages(sets.get(k).pages(), figures.get(k).perPage());
      }
    }
    if (!sets.isEmpty() && sets.get(0).name().equals("article-extraction")) {
      printMetadataCoverage(sets.get(0).pages(), chorus);
    }
  }

  /** Pages with a visible body for which the extractor returned nothing. */
  private static int empties(List<ExtractionCorpus.Page> pages, List<String> out) {
    int n = 0;
    for (int i = 0; i < pages.size(); i++) {
      if (out.get(i).isBlank() && hasBodyText(pages.get(i).html())) {
        n++;
      }
    }
    return n;
  }

  /** Letters left once scripts, styles, comments and tags are cut out by pattern (no parser to be fooled). */
  static boolean hasBodyText(String html) {
    String s = html.replaceAll("(?is)<(script|style|title)\\b[^>]*>.*?</\\1\\s*>", " ")
        .replaceAll("(?s)<!--.*?-->", " ").replaceAll("<[^>]*>", " ");
    return s.codePoints().anyMatch(Character::isLetter);
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
    System.out.printf("%nchorus metadata on article-extraction, pages with a value (of %d): %s%n"
        + "published date sources: %s%n", pages.size(), fields, dateSources);
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
        text = ""; // a failure scores as an empty extraction, as in the reference scripts
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

  private static void printPages(List<ExtractionCorpus.Page> pages, double[] scores) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingDouble(i -> scores[i]));
    for (int i : order) {
      System.out.printf("  %.3f  %s %s%n", scores[i], pages.get(i).id().substring(0, 8), pages.get(i).url());
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
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--set")) {
        i++;
      } else if (!args[i].startsWith("--")) {
        return Path.of(args[i]);
      }
    }
    String base = System.getenv("BENCH_DATA");
    return Path.of(base == null ? "../shared/bench" : base);
  }
}
