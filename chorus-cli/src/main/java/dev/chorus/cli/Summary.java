package dev.chorus.cli;

import dev.chorus.model.Removal;
import dev.chorus.model.SkippedInput;
import dev.chorus.run.AnalysisResult;
import dev.chorus.store.Workspace;
import dev.chorus.store.WorkspaceSummary;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Plain-text summaries for the terminal. Article text is printed with control characters made visible. */
final class Summary {
  private static final int WIDTH = 100;
  private final PrintStream out;

  Summary(PrintStream out) {
    this.out = out;
  }

  void printRun(AnalysisResult r, Path workspace) {
    out.printf("Analysed into %s: %d new articles, %d already there, %d exact duplicates, %.1f s%n",
        workspace, r.articlesAdded(), r.articlesAlreadyStored(), r.duplicates(), r.elapsedMillis() / 1000.0);
    if (!r.stageMillis().isEmpty()) {
      StringBuilder sb = new StringBuilder("Time per stage:");
      r.stageMillis().forEach((k, v) -> sb.append(' ').append(k).append(' ').append(v).append(" ms;"));
      out.println(sb.substring(0, sb.length() - 1));
    }
    printSkipped(r.skipped());
  }

  /** How many articles have no publication date, and where the others' dates came from. */
  void printDates(WorkspaceSummary s) {
    out.println(Character.toUpperCase(dates(s).charAt(0)) + dates(s).substring(1));
  }

  private static String dates(WorkspaceSummary s) {
    return "publication dates: " + s.undated() + " of " + s.articles() + " articles undated; dated by "
        + histogram(s.dateSources());
  }

  void printSkipped(List<SkippedInput> skipped) {
    if (skipped.isEmpty()) {
      return;
    }
    out.printf("%nSkipped %d input%s:%n", skipped.size(), skipped.size() == 1 ? "" : "s");
    for (SkippedInput s : skipped) {
      out.println("  " + visible(s.input()) + ": " + visible(s.reason()));
    }
  }

  void printWorkspace(Path file, WorkspaceSummary s, List<SkippedInput> skipped) {
    out.println("Workspace " + file + " (schema version " + s.schemaVersion() + ")");
    if (s.stale() != null) {
      out.println("  warning: " + s.stale());
    }
    out.printf("  %d articles (%d exact duplicates), %d sentences, %d removed spans, %d skipped inputs%n",
        s.articles(), s.duplicates(), s.sentences(), s.removedSpans(), s.skippedInputs());
    out.println("  languages: " + histogram(s.languages()));
    out.println("  formats:   " + histogram(s.formats()));
    out.println("  " + dates(s));
    out.println("  tables:");
    s.tableRows().forEach((k, v) -> out.printf("    %-24s %8d rows%n", k, v));
    if (!s.removalReasons().isEmpty()) {
      out.println("  removed, by reason:");
      s.removalReasons().forEach((k, v) -> out.printf("    %5d  %s%n", v, visible(k)));
    }
    printSkipped(skipped);
  }

  /** Per article: language, title, how much was kept, and each removal with its reason. */
  void printArticles(Workspace ws) {
    WorkspaceSummary s = ws.summary();
    out.println();
    out.println("Languages: " + histogram(s.languages()));
    ws.forEachArticle(a -> {
      out.println();
      int orig = a.originalText() == null ? 0 : a.originalText().length();
      out.printf("%s  [%s]  %s%n", a.id(), a.language() == null ? "?" : a.language(),
          a.title() == null ? "(no title)" : clip(a.title(), WIDTH - a.id().length() - 8));
      out.printf("  kept %d of %d characters, %d sentences%s%n", a.text().length(), orig, a.sentences().size(),
          a.duplicateOf() == null ? "" : "; exact duplicate of " + a.duplicateOf());
      for (Removal r : a.removed()) {
        out.printf("  - removed %-28s %s%n", "(" + r.reason() + ")", clip(r.text(), WIDTH - 40));
      }
    });
  }

  private static String histogram(Map<String, Long> h) {
    StringBuilder sb = new StringBuilder();
    h.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
    return sb.length() == 0 ? "none" : sb.toString();
  }

  private static String clip(String s, int max) {
    String v = visible(s).replace('\n', ' ');
    return v.length() <= max ? "\"" + v + "\"" : "\"" + v.substring(0, Math.max(0, max - 1)) + "…\"";
  }

  /** Terminal escape sequences in hostile text must not reach the terminal. */
  static String visible(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.getType(c) == Character.CONTROL && c != '\n' || (c >= '\u202A' && c <= '\u202E')
          || (c >= '\u2066' && c <= '\u2069')) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
