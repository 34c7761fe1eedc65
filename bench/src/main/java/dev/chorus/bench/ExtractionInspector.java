package dev.chorus.bench;

import dev.chorus.extract.DensityMainTextExtractor;
import dev.chorus.extract.TextBlock;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Shows why a page scores as it does: {@code bench/run ExtractionInspector ID_PREFIX…} finds the page in either dev
 * set and prints every block with Chorus's decision and the share of its words found in the ground truth ({@code +}
 * kept, {@code -} dropped; a dropped block that the truth holds is lost recall, a kept one it lacks is lost
 * precision).
 */
public final class ExtractionInspector {
  private ExtractionInspector() {}

  public static void main(String[] args) throws Exception {
    String base = System.getenv("BENCH_DATA");
    Path dir = Path.of(base == null ? "../shared/bench" : base);
    List<ExtractionCorpus.Page> pages = new ArrayList<>(ExtractionCorpus.load(dir.resolve("article-extraction")));
    pages.addAll(ExtractionCorpus.loadL3s(dir.resolve("l3s-gn1-dev")));
    DensityMainTextExtractor extractor = new DensityMainTextExtractor();
    for (String prefix : args) {
      for (ExtractionCorpus.Page p : pages) {
        if (!p.id().startsWith(prefix)) {
          continue;
        }
        System.out.println("== " + p.id() + " " + p.url());
        Set<String> truth = new HashSet<>(List.of(p.expected().split("\\s+")));
        for (TextBlock b : extractor.extract(p.html(), p.url()).blocks()) {
          String[] words = b.text().split("\\s+");
          long inTruth = java.util.Arrays.stream(words).filter(truth::contains).count();
          double share = words.length == 0 ? 0 : (double) inTruth / words.length;
          String text = b.text().length() > 110 ? b.text().substring(0, 110) + "…" : b.text();
          System.out.printf("%s %3.0f%% %-6s %s%s%n", b.kept() ? "+" : "-", share * 100, b.tag(), text,
              b.kept() ? "" : "   [" + b.dropReason() + "]");
        }
      }
    }
  }
}
