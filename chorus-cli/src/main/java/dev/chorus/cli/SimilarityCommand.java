package dev.chorus.cli;

import dev.chorus.embeddings.OnnxSentenceEncoder;
import dev.chorus.reuse.ReuseConfig;
import dev.chorus.reuse.SentenceEncoder;
import dev.chorus.reuse.Vectors;
import dev.chorus.reuse.eval.Spearman;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code chorus similarity --pairs FILE.tsv}: for each line's two sentences, the cosine of their embeddings and
 * whether that says "same" (at or above the paraphrase threshold) or "different".
 */
@Command(name = "similarity", mixinStandardHelpOptions = true,
    description = "Score sentence pairs as the paraphrase finder does: one line per input line, with the cosine"
        + " similarity of the two sentences and a verdict, same or different. Lines in the STS Benchmark format"
        + " (genre, file, year, id, gold, sentence 1, sentence 2) work too; then the Spearman correlation with the"
        + " gold scores is printed at the end.")
final class SimilarityCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--pairs", required = true, paramLabel = "FILE.tsv",
      description = "Two tab-separated sentences per line; - reads standard input.")
  String pairs;

  @Option(names = "--threshold", paramLabel = "COSINE",
      description = "Cosine from which a pair counts as the same (default: ${DEFAULT-VALUE}, calibrated on STS).")
  double threshold = ReuseConfig.DEFAULT_PARAPHRASE_THRESHOLD;

  @Option(names = "--model", paramLabel = "FILE.onnx", description = "An ONNX sentence-embedding model to use instead"
      + " of the bundled all-MiniLM-L6-v2 (needs --tokenizer).")
  Path model;

  @Option(names = "--tokenizer", paramLabel = "tokenizer.json", description = "The model's Hugging Face tokenizer.")
  Path tokenizer;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if ((model == null) != (tokenizer == null)) {
      err.println("chorus similarity: --model and --tokenizer go together");
      return ExitCodes.USAGE;
    }
    List<String[]> rows = read(err);
    SentenceEncoder encoder = model == null ? OnnxSentenceEncoder.bundled()
        : OnnxSentenceEncoder.fromFiles(model, tokenizer);
    List<String> texts = new ArrayList<>();
    for (String[] r : rows) {
      if (r != null) {
        texts.add(r[0]);
        texts.add(r[1]);
      }
    }
    float[][] v = encoder.encode(texts);
    List<Double> scores = new ArrayList<>();
    List<Double> golds = new ArrayList<>();
    int k = 0;
    boolean invalid = false;
    for (String[] r : rows) {
      if (r == null) {
        out.println("-\tinvalid");
        invalid = true;
        continue;
      }
      double c = Vectors.cosine(v[k], v[k + 1]);
      k += 2;
      out.printf("%.4f\t%s%n", c, c >= threshold ? "same" : "different");
      if (r[2] != null) {
        scores.add(c);
        golds.add(Double.parseDouble(r[2]));
      }
    }
    out.flush();
    if (scores.size() >= 2) {
      err.printf("Spearman correlation with the gold scores over %d pairs: %.4f%n", scores.size(),
          Spearman.of(scores.stream().mapToDouble(Double::doubleValue).toArray(),
              golds.stream().mapToDouble(Double::doubleValue).toArray()));
    }
    return invalid ? ExitCodes.COMPLETED_WITH_SKIPS : ExitCodes.OK;
  }

  /** One row per input line: {sentence 1, sentence 2, gold or null}, or null for a line without two sentences. */
  private List<String[]> read(PrintWriter err) throws Exception {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader r = "-".equals(pairs)
        ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
        : Files.newBufferedReader(Path.of(pairs), StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        String[] f = line.split("\t", -1);
        if (f.length >= 7 && isNumber(f[4])) {
          rows.add(new String[] {f[5], f[6], f[4]});
        } else if (f.length >= 2 && !f[0].isBlank() && !f[1].isBlank()) {
          rows.add(new String[] {f[0], f[1], null});
        } else {
          err.println("chorus similarity: line " + n + ": expected two tab-separated sentences");
          rows.add(null);
        }
      }
    }
    return rows;
  }

  private static boolean isNumber(String s) {
    try {
      Double.parseDouble(s);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
