package dev.chorus.reuse;

import dev.chorus.util.UnionFind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups sentences that say the same thing, from the pairs found similar. Plain connected components chain: in a
 * corpus about one event, "forces fight terrorists" links to "forces restore order" links to "order restored", and
 * one talking point swallows the story. So groups are merged strongest pair first, and only while at least half of
 * the cross-article sentence pairs between the two groups were found similar (a sparse average linkage).
 */
final class SentenceGroups {
  /** Share of cross-article pairs between two groups that must be similar for them to merge. */
  static final double MIN_LINKED_SHARE = 0.5;

  private final List<List<Integer>> groups;

  private SentenceGroups(List<List<Integer>> groups) {
    this.groups = groups;
  }

  static SentenceGroups of(SentenceTable table, List<SentencePair> pairs) {
    Map<Integer, Set<Integer>> neighbours = new HashMap<>();
    List<SentencePair> sorted = new ArrayList<>(pairs);
    sorted.sort(Comparator.comparingDouble(SentencePair::score).reversed()
        .thenComparingInt(SentencePair::a).thenComparingInt(SentencePair::b));
    for (SentencePair p : sorted) {
      neighbours.computeIfAbsent(p.a(), k -> new HashSet<>()).add(p.b());
      neighbours.computeIfAbsent(p.b(), k -> new HashSet<>()).add(p.a());
    }
    UnionFind roots = new UnionFind(table.size());
    Map<Integer, List<Integer>> members = new HashMap<>();
    for (SentencePair p : sorted) {
      int ra = roots.find(p.a());
      int rb = roots.find(p.b());
      if (ra == rb) {
        continue;
      }
      List<Integer> ga = members.getOrDefault(ra, List.of(p.a()));
      List<Integer> gb = members.getOrDefault(rb, List.of(p.b()));
      long linked = 0;
      long comparable = 0;
      for (int x : ga) {
        Set<Integer> nx = neighbours.getOrDefault(x, Set.of());
        for (int y : gb) {
          if (table.doc(x) != table.doc(y)) {
            comparable++;
            if (nx.contains(y)) {
              linked++;
            }
          }
        }
      }
      if (comparable > 0 && linked < MIN_LINKED_SHARE * comparable) {
        continue;
      }
      roots.union(ra, rb);
      List<Integer> merged = new ArrayList<>(ga);
      merged.addAll(gb);
      members.remove(ra);
      members.remove(rb);
      members.put(roots.find(ra), merged);
    }
    List<List<Integer>> out = new ArrayList<>();
    for (List<Integer> g : members.values()) {
      List<Integer> sortedGroup = new ArrayList<>(g);
      sortedGroup.sort(null);
      out.add(List.copyOf(sortedGroup));
    }
    out.sort(Comparator.comparingInt(g -> g.get(0)));
    return new SentenceGroups(out);
  }

  /** Groups of two or more sentences, each sorted, in order of their first sentence. */
  List<List<Integer>> groups() {
    return groups;
  }
}
