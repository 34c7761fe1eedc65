package dev.chorus.bench;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import dev.chorus.edits.Edit;
import dev.chorus.edits.EditFinder;
import dev.chorus.edits.EditKind;
import dev.chorus.model.Span;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Edits between copies on real wire stories: Reuters-21578 stories (../shared/bench/reuters21578) copied with
 * injected edits of every kind ({@link InjectedPairs}, recipes in {@link EditInjector}), each (original, copy) pair
 * compared by Chorus's {@link EditFinder} and by two baselines on the same pairs: a plain word diff that calls every
 * change wording, and the same diff with a figure rule (a change with a digit in it is a figure). Prints recall and
 * precision per kind for all three, in one run.
 *
 * <p>Run: {@code bench/run EditsBenchmark [--stories N] [--seed S] [--show KIND]} (defaults: 400 stories, seed 14);
 * {@code --show} prints the first misses and false finds of one kind, with their context.
 */
public final class EditsBenchmark {
  static final int DEFAULT_STORIES = 400;
  static final long DEFAULT_SEED = 14;
  private static final Pattern TOKEN = Pattern.compile("\\S+");

  /** The scores of one run: Chorus and the two baselines. */
  record Run(int pairs, int injected, EditScores chorus, EditScores wordingOnly, EditScores figureRule,
      double seconds) {}

  public static void main(String[] args) throws Exception {
    int stories = DEFAULT_STORIES;
    long seed = DEFAULT_SEED;
    EditKind show = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--stories" -> stories = Integer.parseInt(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--show" -> show = EditKind.of(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    Path file = BenchData.dir("reuters21578").resolve("reuters21578.jsonl.gz");
    System.out.printf("Reuters-21578 (%s): %d stories, seed %d%nrecipe: %s%n", file, stories, seed,
        EditInjector.RECIPE);
    Run run = run(file, stories, seed);
    System.out.printf("%d pairs, %d injected edits; Chorus compared them in %.2f s (%.2f ms a pair)%n%n",
        run.pairs(), run.injected(), run.seconds(), 1000 * run.seconds() / Math.max(1, run.pairs()));
    System.out.println("| kind | injected | Chorus recall | Chorus precision | word diff recall | word diff precision"
        + " | figure rule recall | figure rule precision |");
    System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (EditKind k : EditKind.values()) {
      EditScores.Counts c = run.chorus().byKind.get(k);
      EditScores.Counts w = run.wordingOnly().byKind.get(k);
      EditScores.Counts f = run.figureRule().byKind.get(k);
      System.out.printf(Locale.ROOT, "| %s | %d | %s | %s | %s | %s | %s | %s |%n", k.label(), c.gold,
          fmt(c.recall()), fmt(c.precision()), fmt(w.recall()), fmt(w.precision()), fmt(f.recall()),
          fmt(f.precision()));
    }
    System.out.printf(Locale.ROOT, "%nworst per-kind recall or precision: Chorus %.3f%n", run.chorus().worst());
    if (show != null) {
      show(file, stories, seed, show);
    }
  }

  /** The first misses and false finds of {@code kind}, each with the edits found around it. */
  private static void show(Path file, int stories, long seed, EditKind kind) throws Exception {
    EditFinder finder = new EditFinder();
    int shown = 0;
    for (InjectedPairs.Pair p : InjectedPairs.make(ReuseBenchmark.loadStories(file), stories, seed)) {
      List<Edit> found = finder.compare(p.original(), p.copy());
      for (InjectedPairs.Gold g : p.gold()) {
        if (g.kind() == kind && found.stream().noneMatch(f -> EditScores.matches(f, g)) && shown++ < 15) {
          System.out.printf("MISS %s: a=[%s] b=[%s]%n  a: %s%n  found: %s%n", p.story(),
              p.original().substring(g.aStart(), g.aEnd()), p.copy().substring(g.bStart(), g.bEnd()),
              context(p.original(), g.aStart(), g.aEnd()), brief(found));
        }
      }
      for (Edit f : found) {
        if (f.kind() == kind && p.gold().stream().noneMatch(g -> EditScores.matches(f, g)) && shown++ < 30) {
          System.out.printf("FALSE %s: a=[%s] b=[%s]%n  a: %s%n  b: %s%n  gold: %s%n", p.story(), f.aText(),
              f.bText(), context(p.original(), f.a().start(), f.a().end()),
              context(p.copy(), f.b().start(), f.b().end()), p.gold());
        }
      }
    }
  }

  private static String context(String s, int start, int end) {
    return s.substring(Math.max(0, start - 80), start) + "[[" + s.substring(start, end) + "]]"
        + s.substring(end, Math.min(s.length(), end + 80));
  }

  private static String brief(List<Edit> found) {
    return found.stream().map(e -> e.kind().label() + ":" + e.aText() + "|" + e.bText()).toList().toString();
  }

  static Run run(Path file, int stories, long seed) throws Exception {
    List<InjectedPairs.Pair> pairs = InjectedPairs.make(ReuseBenchmark.loadStories(file), stories, seed);
    EditFinder finder = new EditFinder();
    EditScores chorus = new EditScores();
    EditScores wording = new EditScores();
    EditScores figure = new EditScores();
    int injected = 0;
    long t0 = System.nanoTime();
    List<List<Edit>> found = new ArrayList<>(pairs.size());
    for (InjectedPairs.Pair p : pairs) {
      found.add(finder.compare(p.original(), p.copy()));
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    for (int i = 0; i < pairs.size(); i++) {
      InjectedPairs.Pair p = pairs.get(i);
      injected += p.gold().size();
      chorus.add(p.gold(), found.get(i));
      wording.add(p.gold(), baseline(p.original(), p.copy(), false));
      figure.add(p.gold(), baseline(p.original(), p.copy(), true));
    }
    return new Run(pairs.size(), injected, chorus, wording, figure, seconds);
  }

  /** A plain diff of whitespace-separated words: every change wording, or a figure when it has a digit. */
  static List<Edit> baseline(String a, String b, boolean figureRule) {
    List<int[]> ta = tokens(a);
    List<int[]> tb = tokens(b);
    List<String> wa = ta.stream().map(t -> a.substring(t[0], t[1])).toList();
    List<String> wb = tb.stream().map(t -> b.substring(t[0], t[1])).toList();
    List<Edit> out = new ArrayList<>();
    for (AbstractDelta<String> d : DiffUtils.diff(wa, wb).getDeltas()) {
      int[] sa = chars(ta, d.getSource().getPosition(), d.getSource().size(), a.length());
      int[] sb = chars(tb, d.getTarget().getPosition(), d.getTarget().size(), b.length());
      String x = a.substring(sa[0], sa[1]);
      String y = b.substring(sb[0], sb[1]);
      EditKind kind = figureRule && (x + y).matches("(?s).*\\d.*") ? EditKind.FIGURE : EditKind.WORDING;
      out.add(new Edit(0, kind, new Span(null, sa[0], sa[1]), new Span(null, sb[0], sb[1]), x, y));
    }
    return out;
  }

  private static List<int[]> tokens(String s) {
    List<int[]> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(s);
    while (m.find()) {
      out.add(new int[] {m.start(), m.end()});
    }
    return out;
  }

  private static int[] chars(List<int[]> tokens, int from, int size, int length) {
    if (size == 0) {
      int at = from < tokens.size() ? tokens.get(from)[0] : length;
      return new int[] {at, at};
    }
    return new int[] {tokens.get(from)[0], tokens.get(from + size - 1)[1]};
  }

  private static String fmt(double v) {
    return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.3f", v);
  }
}
