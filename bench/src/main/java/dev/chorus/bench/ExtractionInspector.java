package dev.chorus.bench;

import dev.chorus.extract.DensityMainTextExtractor;
import dev.chorus.extract.TextBlock;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Shows why a page scores as it does: {@code bench/run ExtractionInspector ID_PREFIX…} prints every block of the
 * page with Chorus's decision and the share of its shingles found in the ground truth ({@code +} kept, {@code -}
 * dropped; a dropped block that the truth holds is lost recall, a kept one it lacks is lost precision).
 */
public final class ExtractionInspector {
  private ExtractionInspector() {}

  public static void main(String[] args) throws Exception {
    String base = System.getenv("BENCH_DATA");
    Path dir = Path.of(base == null ? "../shared/bench" : base).resolve("article-extraction");
    List<ExtractionCorpus.Page> pages = ExtractionCorpus.load(dir);
    DensityMainTextExtractor extractor = new DensityMainTextExtractor();
    for (String prefix : args) {
      for (ExtractionCorpus.Page p : pages) {
        if (!p.id().startsWith(prefix)) {
          continue;
        }
        System.out.println("== " + p.id() + " " + p.url());
        Map<String, Integer> truth = ShingleScorer.shingles(p.expected());
        for (TextBlock b : extractor.extract(p.html(), p.url()).blocks()) {
          Map<String, Integer> mine = ShingleScorer.shingles(b.text());
          long inTruth = mine.keySet().stream().filter(truth::containsKey).count();
          double share = mine.isEmpty() ? 0 : (double) inTruth / mine.size();
          String text = b.text().length() > 110 ? b.text().substring(0, 110) + "…" : b.text();
          System.out.printf("%s %3.0f%% %-6s %s%s%n", b.kept() ? "+" : "-", share * 100, b.tag(), text,
              b.kept() ? "" : "   [" + b.dropReason() + "]");
        }
      }
    }
  }
}
