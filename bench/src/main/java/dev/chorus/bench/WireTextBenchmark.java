package dev.chorus.bench;

import dev.chorus.ingest.IngestLimits;
import dev.chorus.ingest.Ingestor;
import dev.chorus.ingest.InputFile;
import dev.chorus.ingest.Manifest;
import dev.chorus.model.Article;
import dev.chorus.model.Removal;
import dev.chorus.model.Sentence;
import dev.chorus.pipeline.Pipeline;
import dev.chorus.run.Analysis;
import dev.chorus.run.AnalysisOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Hard-wrapped wire text as it comes (Reuters-21578, a line break every 50–76 characters): how often a sentence is
 * cut where a line ends, and what the cleaner removes. A sentence counts as cut when it ends without a sentence's
 * closing mark and the next one begins in lower case ("...introduced in January 1984 and has" / "been ..."). Chorus's
 * article stages (cleaning, language, sentences) beside two baselines on the same texts, in one run: the JDK's
 * sentence BreakIterator over the raw text, and the same over the text read line by line (each line a paragraph).
 *
 * <p>{@code bench/run WireTextBenchmark [N]} (default 400 stories).
 */
public final class WireTextBenchmark {
  private WireTextBenchmark() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 400;
    Path sample = Files.createTempFile("chorus-wire-", ".jsonl");
    try {
      ReutersSample.write(BenchData.dir("reuters21578").resolve("reuters21578.jsonl.gz"), sample, n);
      List<Article> in = new ArrayList<>();
      new Ingestor(IngestLimits.defaults(), Manifest.empty()).ingest(InputFile.of(sample), new dev.chorus.ingest.ArticleSink() {
        @Override
        public void accept(Article a) {
          in.add(a);
        }

        @Override
        public void skip(String input, String reason) {}
      });
      Pipeline p = Analysis.standardPipeline(AnalysisOptions.of(List.of(), Path.of("unused")));
      int[] chorus = new int[2];
      Map<String, Integer> removed = new TreeMap<>();
      int[] raw = new int[2];
      int[] lines = new int[2];
      for (Article a : in) {
        Article out = p.process(a);
        List<String> sentences = new ArrayList<>();
        for (Sentence s : out.sentences()) {
          sentences.add(out.text().substring(s.span().start(), s.span().end()));
        }
        count(sentences, chorus);
        for (Removal r : out.removed()) {
          removed.merge(r.reason().replaceAll(" \\(.*", "").replaceAll("\".*", "…"), 1, Integer::sum);
        }
        count(breakIterator(a.originalText()), raw);
        List<String> byLine = new ArrayList<>();
        for (String line : a.originalText().split("\n")) {
          byLine.addAll(breakIterator(line));
        }
        count(byLine, lines);
      }
      System.out.printf("Reuters-21578, first %d stories with text%n%n", in.size());
      System.out.printf("%-44s %10s %10s %8s%n", "", "sentences", "cut", "cut %");
      row("Chorus article stages", chorus);
      row("BreakIterator, raw text", raw);
      row("BreakIterator, line by line", lines);
      System.out.printf("%nRemoved by the cleaner, by reason:%n");
      removed.forEach((k, v) -> System.out.printf("  %5d  %s%n", v, k));
    } finally {
      Files.deleteIfExists(sample);
    }
  }

  private static void row(String name, int[] c) {
    System.out.printf("%-44s %10d %10d %7.1f%%%n", name, c[0], c[1], 100.0 * c[1] / Math.max(1, c[0]));
  }

  /** Adds the sentences and the cut ones among them to {@code c}. */
  static void count(List<String> sentences, int[] c) {
    for (int i = 0; i < sentences.size(); i++) {
      String s = sentences.get(i).strip();
      if (s.isEmpty()) {
        continue;
      }
      c[0]++;
      if (i + 1 < sentences.size()) {
        String next = sentences.get(i + 1).strip();
        char last = s.charAt(s.length() - 1);
        if (".!?\"”'».:;)".indexOf(last) < 0 && !next.isEmpty() && Character.isLowerCase(next.charAt(0))) {
          c[1]++;
        }
      }
    }
  }

  static List<String> breakIterator(String text) {
    List<String> out = new ArrayList<>();
    BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
    it.setText(text);
    for (int s = it.first(), e = it.next(); e != BreakIterator.DONE; s = e, e = it.next()) {
      out.add(text.substring(s, e));
    }
    return out;
  }
}
