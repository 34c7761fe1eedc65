package dev.chorus.bench;

import dev.chorus.annotate.AnnotateStage;
import dev.chorus.annotate.NlpDocument;
import dev.chorus.clean.ResidueCleaner;
import dev.chorus.extract.DensityMainTextExtractor;
import dev.chorus.extract.MainTextStage;
import dev.chorus.ingest.ArticleSink;
import dev.chorus.ingest.IngestLimits;
import dev.chorus.ingest.Ingestor;
import dev.chorus.ingest.InputFile;
import dev.chorus.ingest.InputResolver;
import dev.chorus.ingest.IsoDates;
import dev.chorus.ingest.Manifest;
import dev.chorus.model.Article;
import dev.chorus.model.OffsetMap;
import dev.chorus.nlp.corenlp.CoreNlpBackend;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The whole annotate stage (CoreNLP plus Chorus's rules for names, quotes, speakers, dates and numbers) next to bare
 * CoreNLP ({@code tokenize,ssplit,pos,lemma,ner}, same options) on the same cleaned texts, in the same JVM, on one
 * thread, after a warm-up pass. Prints tokens/s, articles/s and peak heap of each, and our overhead.
 *
 * <p>Usage: {@code bench/run AnnotateBenchmark [REUTERS_DOCS] [ROUNDS]}: the bundled corpus plus the first
 * REUTERS_DOCS (default 60) Reuters-21578 documents from ../shared/bench (or BENCH_DATA).
 */
public final class AnnotateBenchmark {
  public static void main(String[] args) throws Exception {
    int reuters = args.length > 0 ? Integer.parseInt(args[0]) : 60;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    List<Article> articles = new ArrayList<>(bundledCorpus());
    articles.addAll(reuters(reuters));
    long chars = articles.stream().mapToLong(a -> a.text().length()).sum();
    System.out.printf("Texts: %d articles, %d characters%n", articles.size(), chars);

    long t0 = System.nanoTime();
    StanfordCoreNLP pipeline = CoreNlpBackend.pipeline();
    System.out.printf("Models loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    CoreNlpBackend backend = new CoreNlpBackend();
    AnnotateStage stage = new AnnotateStage(backend);
    long tokens = 0;
    for (Article a : articles) {
      NlpDocument d = backend.annotate(a.text(), IsoDates.day(a.published()));
      tokens += d.tokens().size();
    }
    System.out.printf("Tokens: %d (warm-up pass done)%n", tokens);
    for (Article a : articles) {
      stage.process(a);
    }

    double bareSeconds = 0;
    double ourSeconds = 0;
    long barePeak = 0;
    long ourPeak = 0;
    for (int r = 0; r < rounds; r++) {
      resetPeak();
      long s = System.nanoTime();
      for (Article a : articles) {
        Annotation doc = new Annotation(a.text());
        if (a.published() != null) {
          doc.set(CoreAnnotations.DocDateAnnotation.class, a.published());
        }
        pipeline.annotate(doc);
      }
      bareSeconds += (System.nanoTime() - s) / 1e9;
      barePeak = Math.max(barePeak, peakHeap());
      resetPeak();
      s = System.nanoTime();
      for (Article a : articles) {
        stage.process(a);
      }
      ourSeconds += (System.nanoTime() - s) / 1e9;
      ourPeak = Math.max(ourPeak, peakHeap());
    }
    long n = (long) articles.size() * rounds;
    System.out.printf("%n%-22s %10s %12s %14s%n", "", "tokens/s", "articles/s", "peak heap MB");
    System.out.printf("%-22s %10.0f %12.2f %14d%n", "bare CoreNLP", tokens * rounds / bareSeconds, n / bareSeconds,
        barePeak >> 20);
    System.out.printf("%-22s %10.0f %12.2f %14d%n", "annotate stage", tokens * rounds / ourSeconds, n / ourSeconds,
        ourPeak >> 20);
    System.out.printf("Overhead of the stage over bare CoreNLP: %.1f %% time (%d rounds, one thread)%n",
        100.0 * (ourSeconds - bareSeconds) / bareSeconds, rounds);
  }

  private static void resetPeak() {
    System.gc();
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        p.resetPeakUsage();
      }
    }
  }

  /** Sum of the heap pools' peaks since the last reset: an upper bound of the heap in use at once. */
  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  private static List<Article> bundledCorpus() {
    Path corpus = Path.of("examples", "kazakhstan-2022");
    MainTextStage main = new MainTextStage(new DensityMainTextExtractor());
    ResidueCleaner cleaner = ResidueCleaner.withBundledPatterns();
    List<Article> out = new ArrayList<>();
    Ingestor ingestor = new Ingestor(IngestLimits.defaults(), Manifest.empty());
    for (InputFile f : new InputResolver().resolve(List.of(corpus.toString()), s -> { })) {
      ingestor.ingest(f, new ArticleSink() {
        @Override
        public void accept(Article a) {
          out.add(cleaner.process(main.process(a)));
        }

        @Override
        public void skip(String input, String reason) {}

        @Override
        public boolean alreadyDone(String id, String input) {
          return false;
        }
      });
    }
    return out;
  }

  private static List<Article> reuters(int count) throws Exception {
    Path data = Path.of(System.getenv().getOrDefault("BENCH_DATA", "../shared/bench"), "reuters21578",
        "reuters21578.jsonl.gz");
    List<Article> out = new ArrayList<>();
    if (count <= 0 || !Files.isRegularFile(data)) {
      return out;
    }
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(data)),
        StandardCharsets.UTF_8))) {
      String line;
      while (out.size() < count && (line = r.readLine()) != null) {
        JsonNode n = json.readTree(line);
        String text = n.path("text").asText("");
        if (text.length() < 500) {
          continue;
        }
        String date = n.path("date").asText("");
        String published = date.length() >= 10 ? LocalDate.parse(date.substring(0, 10)).toString() : null;
        out.add(Article.ingested("reuters-" + n.path("id").asText(), "reuters", "jsonl", null, null, null, published,
            "jsonl", "en", null, text).withCleanText(text, List.of(), OffsetMap.identity(text.length()), "x"));
      }
    }
    return out;
  }
}
