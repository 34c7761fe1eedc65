package dev.chorus.reuse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Disjoint sets over {@code 0..n-1} with path halving; groups come out in order of their smallest member. */
final class UnionFind {
  private final int[] parent;

  UnionFind(int n) {
    parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
  }

  int find(int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  void union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  /** Groups of at least {@code minSize} members, each sorted. */
  List<List<Integer>> groups(int minSize) {
    Map<Integer, List<Integer>> byRoot = new LinkedHashMap<>();
    for (int i = 0; i < parent.length; i++) {
      byRoot.computeIfAbsent(find(i), k -> new ArrayList<>()).add(i);
    }
    List<List<Integer>> out = new ArrayList<>();
    for (List<Integer> g : byRoot.values()) {
      if (g.size() >= minSize) {
        out.add(List.copyOf(g));
      }
    }
    return out;
  }
}
