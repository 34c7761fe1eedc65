package dev.chorus.reuse;

/** 64-bit mixing shared by the reuse finders. */
final class Hashing {
  private Hashing() {}

  /** The splitmix64 finaliser: spreads every input bit over the whole word, so hashes can be cut into bands. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
