package dev.chorus.edits;

import dev.chorus.model.Span;
import dev.chorus.reuse.Passage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The edits between two texts, region by region: each aligned passage or sentence pair of a reuse link is split
 * into tokens, aligned word by word ({@link WordAligner}) and each hunk named ({@link EditClassifier}). Passages
 * close together on both sides are compared as one region, so a sentence dropped between two shared passages is
 * seen. Stateless and thread-safe.
 */
public final class EditFinder {
  /**
   * Passages whose gaps are at most this many characters on both sides are compared as one region: a sentence or
   * two (the bundled corpus's sentences average ~170 characters), so an edit that broke the reuse stage's alignment
   * (its passages split at gaps of 20 words) is still inside a region.
   */
  static final int MERGE_GAP = 400;

  private final Lexicon lexicon;
  private final EditClassifier classifier;

  public EditFinder() {
    this.lexicon = Lexicon.bundled();
    this.classifier = new EditClassifier(lexicon);
  }

  /** The edits of two whole texts (articles unnamed, link 0): what the benchmark and tests compare. */
  public List<Edit> compare(String a, String b) {
    return compare(0, null, a, 0, a.length(), null, b, 0, b.length());
  }

  /** The edits of one reuse link: its passages, nearby ones merged, between article {@code idA} and {@code idB}. */
  public List<Edit> link(int link, String idA, String textA, String idB, String textB, List<Passage> passages) {
    Set<Edit> out = new LinkedHashSet<>();
    for (Passage p : regions(passages)) {
      out.addAll(compare(link, idA, textA, p.aStart(), Math.min(p.aEnd(), textA.length()),
          idB, textB, p.bStart(), Math.min(p.bEnd(), textB.length())));
    }
    return new ArrayList<>(out);
  }

  /** The edits between characters {@code [aStart, aEnd)} of {@code textA} and {@code [bStart, bEnd)} of textB. */
  public List<Edit> compare(int link, String idA, String textA, int aStart, int aEnd,
      String idB, String textB, int bStart, int bEnd) {
    Side a = new Side(textA, aStart, aEnd, lexicon);
    Side b = new Side(textB, bStart, bEnd, lexicon);
    List<Edit> out = new ArrayList<>();
    for (Hunk h : WordAligner.align(a, b)) {
      for (EditClassifier.Found f : classifier.classify(h, a, b)) {
        Span sa = new Span(idA, a.charStart(f.aFrom(), f.aTo()), a.charEnd(f.aFrom(), f.aTo()));
        Span sb = new Span(idB, b.charStart(f.bFrom(), f.bTo()), b.charEnd(f.bFrom(), f.bTo()));
        out.add(new Edit(link, f.kind(), sa, sb, textA.substring(sa.start(), sa.end()),
            textB.substring(sb.start(), sb.end())));
      }
    }
    return out;
  }

  /** Passages in order of the first text, those close on both sides merged into one. */
  static List<Passage> regions(List<Passage> passages) {
    List<Passage> sorted = new ArrayList<>(passages);
    sorted.sort(Comparator.comparingInt(Passage::aStart).thenComparingInt(Passage::bStart));
    List<Passage> out = new ArrayList<>();
    for (Passage p : sorted) {
      if (!out.isEmpty()) {
        Passage last = out.get(out.size() - 1);
        boolean close = p.aStart() - last.aEnd() <= MERGE_GAP && p.bStart() >= last.bStart()
            && p.bStart() - last.bEnd() <= MERGE_GAP;
        if (close) {
          out.set(out.size() - 1, new Passage(last.aStart(), Math.max(last.aEnd(), p.aEnd()), last.bStart(),
              Math.max(last.bEnd(), p.bEnd()), Math.min(last.similarity(), p.similarity())));
          continue;
        }
      }
      out.add(p);
    }
    return out;
  }
}
