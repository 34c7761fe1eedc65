package dev.chorus.bench;

import dev.chorus.edits.EditKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * (original, copy) pairs made from real wire stories: for each story and each kind, one copy with one edit of that
 * kind in one sentence and, two or more sentences away, one edit of another kind drawn at random, so that kinds
 * meet in one comparison. Seeded: the same stories and seed give the same pairs.
 */
final class InjectedPairs {
  /** One gold edit: its kind and characters in the original ({@code a}) and the copy ({@code b}). */
  record Gold(EditKind kind, int aStart, int aEnd, int bStart, int bEnd) {}

  /** An original, its copy and the edits injected into it. */
  record Pair(String story, String original, String copy, List<Gold> gold) {}

  /** Stories of 4 to 40 sentences: enough room for two edits apart, short enough to read as wire copy. */
  static final int MIN_SENTENCES = 4;
  static final int MAX_SENTENCES = 40;
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z\"(])");

  private InjectedPairs() {}

  /** Sentences of a story, its whitespace collapsed; abbreviations ("U.S. Officials") may split wrongly: harmless. */
  static List<String> sentences(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    List<String> out = new ArrayList<>();
    for (String s : SENTENCE_END.split(flat)) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }

  static List<Pair> make(List<ReuseBenchmark.Story> stories, int count, long seed) {
    Random r = new Random(seed);
    List<List<String>> usable = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (ReuseBenchmark.Story s : stories) {
      List<String> sentences = sentences(s.text());
      if (sentences.size() >= MIN_SENTENCES && sentences.size() <= MAX_SENTENCES) {
        usable.add(sentences);
        ids.add(s.id());
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < usable.size(); i++) {
      order.add(i);
    }
    Collections.shuffle(order, r);
    List<Pair> out = new ArrayList<>();
    for (int k = 0; k < Math.min(count, order.size()); k++) {
      int story = order.get(k);
      List<String> donor = usable.get(order.get((k + 1) % order.size()));
      for (EditKind kind : EditKind.values()) {
        Pair p = pair(ids.get(story), usable.get(story), donor, kind, r);
        if (p != null) {
          out.add(p);
        }
      }
    }
    return out;
  }

  /** One copy of {@code sentences} with an edit of {@code kind} and one of another kind; null when none fits. */
  private static Pair pair(String id, List<String> sentences, List<String> donor, EditKind kind, Random r) {
    EditInjector.Injection[] edits = new EditInjector.Injection[sentences.size()];
    int first = place(sentences, donor, kind, r, edits, -1);
    if (first < 0) {
      return null;
    }
    EditKind[] kinds = EditKind.values();
    EditKind second = kinds[r.nextInt(kinds.length)];
    if (second != kind) {
      place(sentences, donor, second, r, edits, first);
    }
    StringBuilder a = new StringBuilder();
    StringBuilder b = new StringBuilder();
    List<Gold> gold = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      String s = sentences.get(i);
      EditInjector.Injection e = edits[i];
      if (a.length() > 0) {
        a.append(' ');
      }
      int aAt = a.length();
      a.append(s);
      String copy = e == null ? s : e.text();
      if (!copy.isEmpty() && b.length() > 0) {
        b.append(' ');
      }
      int bAt = b.length();
      b.append(copy);
      if (e != null) {
        gold.add(new Gold(e.kind(), aAt + e.aStart(), aAt + e.aEnd(), bAt + e.bStart(), bAt + e.bEnd()));
      }
    }
    return new Pair(id, a.toString(), b.toString(), gold);
  }

  /** Puts an edit of {@code kind} in a random sentence at least two away from {@code avoid}; its index or -1. */
  private static int place(List<String> sentences, List<String> donor, EditKind kind, Random r,
      EditInjector.Injection[] edits, int avoid) {
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      if (avoid < 0 || Math.abs(i - avoid) >= 2) {
        candidates.add(i);
      }
    }
    Collections.shuffle(candidates, r);
    for (int i : candidates) {
      String other = donor.get(r.nextInt(donor.size()));
      EditInjector.Injection e = EditInjector.inject(kind, sentences.get(i), other, r);
      if (e != null) {
        edits[i] = e;
        return i;
      }
    }
    return -1;
  }
}
