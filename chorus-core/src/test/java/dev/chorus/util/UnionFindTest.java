package dev.chorus.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class UnionFindTest {
  @Test
  void startsAsSingletons() {
    UnionFind uf = new UnionFind(3);
    assertEquals(List.of(List.of(0), List.of(1), List.of(2)), uf.groups());
    assertFalse(uf.connected(0, 1));
  }

  @Test
  void representativeIsSmallestMemberWhicheverWayRoundJoined() {
    UnionFind uf = new UnionFind(6);
    uf.union(5, 3);
    uf.union(4, 5);
    uf.union(3, 1);
    for (int x : new int[] {1, 3, 4, 5}) {
      assertEquals(1, uf.find(x));
    }
    assertEquals(2, uf.find(2));
  }

  @Test
  void unionSaysWhetherSetsWereApart() {
    UnionFind uf = new UnionFind(3);
    assertTrue(uf.union(0, 2));
    assertFalse(uf.union(2, 0));
    assertTrue(uf.connected(0, 2));
  }

  @Test
  void groupsComeInOrderOfSmallestMemberWithMembersAscending() {
    UnionFind uf = new UnionFind(6);
    uf.union(4, 1);
    uf.union(5, 0);
    uf.union(2, 4);
    assertEquals(List.of(List.of(0, 5), List.of(1, 2, 4), List.of(3)), uf.groups());
    assertEquals(List.of(List.of(1, 2, 4)), uf.groups(3));
  }

  @Test
  void groupsCanBeRestrictedToSomeElements() {
    UnionFind uf = new UnionFind(5);
    uf.union(0, 3);
    uf.union(1, 4);
    assertEquals(List.of(List.of(1, 4), List.of(3)), uf.groups(1, i -> i != 0 && i != 2));
  }

  @Test
  void agreesWithTransitiveClosureOnRandomJoins() {
    Random random = new Random(7);
    int n = 60;
    UnionFind uf = new UnionFind(n);
    boolean[][] reach = new boolean[n][n];
    for (int i = 0; i < n; i++) {
      reach[i][i] = true;
    }
    for (int k = 0; k < 40; k++) {
      int a = random.nextInt(n);
      int b = random.nextInt(n);
      uf.union(a, b);
      reach[a][b] = true;
      reach[b][a] = true;
    }
    for (int m = 0; m < n; m++) {
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          reach[i][j] |= reach[i][m] && reach[m][j];
        }
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        assertEquals(reach[i][j], uf.connected(i, j), i + "~" + j);
      }
    }
  }

  @Test
  void rejectsNegativeSize() {
    assertThrows(IllegalArgumentException.class, () -> new UnionFind(-1));
  }
}
