package dev.chorus.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Grows a corpus with mutated copies of its stories, the way reuse happens in news: an exact copy, a copy with a
 * share of its words replaced (an edit), the first half of one story spliced onto the second half of another, and
 * a story with its sentences reordered. Seeded, so the grown corpus (and its ground truth, recomputed exactly by
 * the benchmark) is reproducible.
 */
final class CorpusMutator {
  /** Share of words replaced by an edit: close to a rewrite of a few sentences. */
  static final double EDIT_RATE = 0.05;

  private final long seed;
  private final int[] counts = new int[4];

  CorpusMutator(long seed) {
    this.seed = seed;
  }

  List<String> grow(List<String> originals, int size) {
    Random r = new Random(seed);
    List<String> out = new ArrayList<>(size);
    out.addAll(originals);
    while (out.size() < size) {
      String a = originals.get(r.nextInt(originals.size()));
      int kind = r.nextInt(4);
      counts[kind]++;
      out.add(switch (kind) {
        case 0 -> a;
        case 1 -> edit(a, r);
        case 2 -> splice(a, originals.get(r.nextInt(originals.size())));
        default -> reorder(a, r);
      });
    }
    return out;
  }

  String recipe() {
    return String.format("seed %d: %d copies, %d edits (%.0f%% of words replaced), %d splices, %d reorders", seed,
        counts[0], counts[1], EDIT_RATE * 100, counts[2], counts[3]);
  }

  private static String edit(String text, Random r) {
    String[] words = text.split(" ");
    for (int i = 0; i < words.length; i++) {
      if (r.nextDouble() < EDIT_RATE) {
        words[i] = "w" + Integer.toString(r.nextInt(1 << 20), 36);
      }
    }
    return String.join(" ", words);
  }

  private static String splice(String a, String b) {
    return a.substring(0, a.length() / 2) + " " + b.substring(b.length() / 2);
  }

  private static String reorder(String text, Random r) {
    List<String> sentences = new ArrayList<>(List.of(text.split("(?<=\\.)\\s+")));
    Collections.shuffle(sentences, r);
    return String.join(" ", sentences);
  }
}
