package dev.chorus.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * PolNeAR (Newell, Margolin and Ruths, LREC 2018) read from its brat standoff files: {@code text/NAME.txt} and
 * {@code attributions/NAME.ann}, one compartment (train, dev) a directory. Read at benchmark time only.
 *
 * <p>An attribution is a {@code Source}, a {@code Cue} and a {@code Content}, each possibly in several fragments
 * ({@code 315 448;463 553}). Gold quotes are derived, not annotated: every stretch between a pair of quotation
 * marks inside a {@code Content} fragment (a mark may sit just outside the fragment, as annotators vary), its
 * speaker the {@code Source} of the attribution with the smallest {@code Content} that holds it. Marks are paired
 * per family (double, single) by which side of a word they touch; single curly marks between letters are
 * apostrophes. Quotes nested in a quote are part of the outer one.
 */
final class PolnearCorpus {
  /** {@code [start, end)}, end exclusive, into the article's text. */
  record Range(int start, int end) {
    boolean overlaps(Range o) {
      return start < o.end && o.start < end;
    }

    boolean contains(Range o) {
      return start <= o.start && o.end <= end;
    }
  }

  /** An attribution; {@code source} is null for PolNeAR's Attribution-no-source. */
  record Attribution(List<Range> content, Range source, String sourceText) {
    int contentLength() {
      return content.stream().mapToInt(r -> r.end - r.start).sum();
    }
  }

  /** A quoted stretch without its marks and the attribution it belongs to. */
  record GoldQuote(Range span, Attribution attribution) {}

  record Doc(String name, String text, List<Attribution> attributions, List<GoldQuote> quotes) {}

  /** How far outside a Content fragment its quotation marks may sit (the mark and a space). */
  private static final int MARK_SLACK = 2;

  private PolnearCorpus() {}

  static List<Doc> load(Path compartment) {
    Path texts = compartment.resolve("text");
    try (Stream<Path> files = Files.list(texts)) {
      List<Path> sorted = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
      List<Doc> out = new ArrayList<>();
      for (Path t : sorted) {
        String name = t.getFileName().toString().replaceFirst("\\.txt$", "");
        String text = Files.readString(t, StandardCharsets.UTF_8);
        List<Attribution> atts = attributions(compartment.resolve("attributions").resolve(name + ".ann"), text);
        out.add(new Doc(name, text, atts, goldQuotes(text, atts)));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every {@code step}-th document in name order (names start with the publisher, so each publisher is in). */
  static List<Doc> slice(List<Doc> docs, int step) {
    return BenchData.everyNth(docs, step);
  }

  static List<Attribution> attributions(Path ann, String text) throws IOException {
    Map<String, List<Range>> spans = new HashMap<>();
    Map<String, String> types = new HashMap<>();
    List<String[]> relations = new ArrayList<>();
    for (String line : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
      String[] cols = line.split("\t");
      if (cols.length < 2) {
        continue;
      }
      if (line.startsWith("T")) {
        int space = cols[1].indexOf(' ');
        types.put(cols[0], cols[1].substring(0, space));
        List<Range> ranges = new ArrayList<>();
        for (String frag : cols[1].substring(space + 1).split(";")) {
          String[] se = frag.trim().split(" ");
          ranges.add(new Range(Integer.parseInt(se[0]), Math.min(text.length(), Integer.parseInt(se[1]))));
        }
        spans.put(cols[0], ranges);
      } else if (line.startsWith("E")) {
        relations.add(cols[1].split(" "));
      }
    }
    List<Attribution> out = new ArrayList<>();
    for (String[] args : relations) {
      List<Range> content = null;
      Range source = null;
      for (String arg : args) {
        int colon = arg.indexOf(':');
        String role = arg.substring(0, colon);
        List<Range> r = spans.get(arg.substring(colon + 1));
        if (r == null) {
          continue;
        }
        if (role.startsWith("Content")) {
          content = r;
        } else if (role.startsWith("Source")) {
          source = new Range(r.get(0).start(), r.get(r.size() - 1).end());
        }
      }
      if (content != null) {
        out.add(new Attribution(content, source, source == null ? null : text.substring(source.start, source.end)));
      }
    }
    return out;
  }

  static List<GoldQuote> goldQuotes(String text, List<Attribution> atts) {
    List<Range> marked = quotedStretches(text);
    List<GoldQuote> out = new ArrayList<>();
    for (Range q : marked) {
      Attribution best = null;
      for (Attribution a : atts) {
        for (Range c : a.content()) {
          Range wide = new Range(c.start - MARK_SLACK, c.end + MARK_SLACK);
          if (wide.contains(q) && (best == null || a.contentLength() < best.contentLength())) {
            best = a;
          }
        }
      }
      if (best != null) {
        out.add(new GoldQuote(q, best));
      }
    }
    return out;
  }

  /** Top-level stretches between paired quotation marks, without the marks; an unclosed one ends its paragraph. */
  static List<Range> quotedStretches(String text) {
    List<Range> pairs = new ArrayList<>();
    Deque<Integer> doubles = new ArrayDeque<>();
    Deque<Integer> singles = new ArrayDeque<>();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        for (int open : doubles) {
          pairs.add(new Range(open + 1, i));
        }
        doubles.clear();
        singles.clear();
        continue;
      }
      boolean dbl = c == '“' || c == '”' || c == '"';
      boolean sgl = c == '‘' || c == '’';
      if (!dbl && !sgl) {
        continue;
      }
      char before = i == 0 ? ' ' : text.charAt(i - 1);
      char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
      if (c == '’' && Character.isLetterOrDigit(before) && Character.isLetter(after)) {
        continue; // don’t
      }
      boolean opens = c == '“' || c == '‘' || (c == '"' && !Character.isLetterOrDigit(before)
          && ".,;:!?)".indexOf(before) < 0 && !Character.isWhitespace(after));
      Deque<Integer> stack = dbl ? doubles : singles;
      if (opens) {
        stack.push(i);
      } else if (!stack.isEmpty()) {
        pairs.add(new Range(stack.pop() + 1, i));
      }
    }
    for (int open : doubles) {
      pairs.add(new Range(open + 1, text.length()));
    }
    pairs.sort(Comparator.comparingInt(Range::start).thenComparing(Comparator.comparingInt(Range::end).reversed()));
    List<Range> top = new ArrayList<>();
    int outerEnd = -1;
    for (Range r : pairs) {
      if (r.start >= outerEnd && r.end > r.start && !text.substring(r.start, r.end).isBlank()) {
        top.add(r);
        outerEnd = r.end;
      }
    }
    return top;
  }
}
