package dev.chorus.stories;

import dev.chorus.util.UnionFind;
import java.util.Arrays;
import java.util.List;

/**
 * Each article's similar articles and their cosines, in growable primitive arrays: on a big pile there are millions
 * of such pairs, and boxed maps would cost five times the memory.
 */
final class Neighbours {
  private final int[][] other;
  private final double[][] cosine;
  private final int[] size;

  Neighbours(int articles) {
    other = new int[articles][];
    cosine = new double[articles][];
    size = new int[articles];
  }

  /** Records that articles {@code a} and {@code b} have cosine {@code c}, in both directions. */
  void add(int a, int b, double c) {
    put(a, b, c);
    put(b, a, c);
  }

  private void put(int a, int b, double c) {
    if (other[a] == null) {
      other[a] = new int[4];
      cosine[a] = new double[4];
    } else if (size[a] == other[a].length) {
      other[a] = Arrays.copyOf(other[a], size[a] * 2);
      cosine[a] = Arrays.copyOf(cosine[a], size[a] * 2);
    }
    other[a][size[a]] = b;
    cosine[a][size[a]++] = c;
  }

  /** The sum of the recorded cosines between {@code articles} and the members of the set rooted at {@code root}. */
  double sumTowards(List<Integer> articles, int root, UnionFind sets) {
    double sum = 0;
    for (int x : articles) {
      for (int k = 0; k < size[x]; k++) {
        if (sets.find(other[x][k]) == root) {
          sum += cosine[x][k];
        }
      }
    }
    return sum;
  }
}
