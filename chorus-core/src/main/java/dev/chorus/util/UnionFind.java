package dev.chorus.util;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Disjoint sets over {@code 0..n-1} with path halving.
 *
 * <p>The representative of a set is always its smallest member, so {@link #find} is stable whichever way round
 * two sets are joined, and {@link #groups} come out in order of their smallest member with members ascending.
 * Not thread-safe; one instance per computation.
 */
public final class UnionFind {
  private final int[] parent;

  /** {@code n} singleton sets {@code {0} .. {n-1}}. */
  public UnionFind(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("size must not be negative: " + n);
    }
    parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
  }

  /** The number of elements. */
  public int size() {
    return parent.length;
  }

  /** The representative (smallest member) of {@code x}'s set. */
  public int find(int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  /** Whether {@code a} and {@code b} are in the same set. */
  public boolean connected(int a, int b) {
    return find(a) == find(b);
  }

  /** Joins the sets of {@code a} and {@code b}; true when they were apart. */
  public boolean union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra == rb) {
      return false;
    }
    parent[Math.max(ra, rb)] = Math.min(ra, rb);
    return true;
  }

  /** Every set, in order of its smallest member, members ascending. */
  public List<List<Integer>> groups() {
    return groups(1);
  }

  /** Sets of at least {@code minSize} members, in order of their smallest member, members ascending. */
  public List<List<Integer>> groups(int minSize) {
    return groups(minSize, i -> true);
  }

  /**
   * Sets restricted to the elements that pass {@code include}, of at least {@code minSize} such elements, in order
   * of their smallest included member, members ascending.
   */
  public List<List<Integer>> groups(int minSize, IntPredicate include) {
    Map<Integer, List<Integer>> byRoot = new LinkedHashMap<>();
    for (int i = 0; i < parent.length; i++) {
      if (include.test(i)) {
        byRoot.computeIfAbsent(find(i), k -> new ArrayList<>()).add(i);
      }
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
