package dev.chorus.claims;

/** What the sources say to each other about one quantity or event. */
public enum Verdict {
  /** The figures allow the same values (or one rounds the other). */
  AGREE,
  /** No value satisfies both: at least one source is wrong, or they speak of different things. */
  CONFLICT,
  /** The figures overlap without saying the same thing ("at least 6" and "8"). */
  COMPATIBLE,
  /** Only one article states it. */
  SINGLE_SOURCE;

  /** The name in exports: {@code agree}, {@code conflict}, {@code compatible}, {@code single-source}. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
