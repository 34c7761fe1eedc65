package dev.chorus.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.management.OperatingSystemMXBean;
import dev.chorus.embeddings.OnnxSentenceEncoder;
import dev.chorus.nlp.corenlp.CoreNlpBackend;
import dev.chorus.run.Analysis;
import dev.chorus.run.AnalysisOptions;
import dev.chorus.run.AnalysisResult;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The whole analysis of the first N Reuters-21578 stories with text, as {@code chorus analyze} runs it (every stage on
 * the classpath, two workers), beside bare CoreNLP with the backend's annotators and bare ONNX encoding of the same
 * texts' sentences, each on its own, in one run: wall and CPU time, articles/s, cores busy and peak heap, and the
 * time of each stage (article stages summed over the workers).
 *
 * <p>{@code bench/run PipelineBenchmark [N]} (default 300). The baselines run after the analysis, on one thread, so
 * their sum against the analysis's wall time says how much the analysis overlaps.
 */
public final class PipelineBenchmark {
  private PipelineBenchmark() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 300;
    Path dir = Files.createTempDirectory("chorus-pipeline-");
    Path sample = dir.resolve("reuters.jsonl");
    int stories = ReutersSample.write(BenchData.dir("reuters21578").resolve("reuters21578.jsonl.gz"), sample, n);
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    HeapSampler.reset();
    long cpu0 = os.getProcessCpuTime();
    long t0 = System.nanoTime();
    AnalysisResult result = new Analysis(AnalysisOptions.of(List.of(sample.toString()), dir.resolve("ws")), null)
        .run("benchmark");
    double wall = (System.nanoTime() - t0) / 1e9;
    double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
    long peak = HeapSampler.peakMiB();

    List<String> texts = new ArrayList<>();
    ObjectMapper mapper = new ObjectMapper();
    try (Stream<String> lines = Files.lines(sample)) {
      lines.forEach(l -> {
        try {
          texts.add(mapper.readTree(l).path("text").asText());
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
    }
    StanfordCoreNLP coreNlp = CoreNlpBackend.pipeline();
    coreNlp.annotate(new Annotation(texts.get(0))); // warm-up
    long c0 = System.nanoTime();
    for (String t : texts) {
      coreNlp.annotate(new Annotation(t));
    }
    double bareCoreNlp = (System.nanoTime() - c0) / 1e9;

    List<String> sentences = new ArrayList<>();
    for (String t : texts) {
      BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
      String flat = t.replace('\n', ' ');
      it.setText(flat);
      for (int s = it.first(), e = it.next(); e != BreakIterator.DONE; s = e, e = it.next()) {
        if (!flat.substring(s, e).isBlank()) {
          sentences.add(flat.substring(s, e).strip());
        }
      }
    }
    OnnxSentenceEncoder encoder = OnnxSentenceEncoder.bundled();
    encoder.encode(sentences.subList(0, Math.min(32, sentences.size()))); // warm-up
    long e0 = System.nanoTime();
    for (int from = 0; from < sentences.size(); from += 64) {
      encoder.encode(sentences.subList(from, Math.min(sentences.size(), from + 64)));
    }
    double bareOnnx = (System.nanoTime() - e0) / 1e9;

    System.out.printf("Reuters-21578, first %d stories with text; %d processors%n%n", stories,
        Runtime.getRuntime().availableProcessors());
    System.out.printf("%-40s %9s %9s %11s %11s %10s%n", "", "wall s", "CPU s", "articles/s", "cores busy", "peak MiB");
    System.out.printf("%-40s %9.1f %9.1f %11.2f %11.2f %10d%n", "chorus analyze (whole analysis)", wall, cpu,
        stories / wall, cpu / wall, peak);
    System.out.printf("%-40s %9.1f %9s %11.2f %11s %10s%n", "bare CoreNLP, one thread", bareCoreNlp, "", stories
        / bareCoreNlp, "", "");
    System.out.printf("%-40s %9.1f %9s %11.2f %11s %10s%n", "bare ONNX MiniLM, one thread (" + sentences.size()
        + " sentences)", bareOnnx, "", stories / bareOnnx, "", "");
    System.out.printf("%nTime per stage (ms; article stages summed over workers):%n");
    result.stageMillis().entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
        .forEach(e -> System.out.printf("  %-20s %9d%n", e.getKey(), e.getValue()));
  }
}
