package dev.chorus.model;

/** What the annotate stage found in one article. Empty until that stage runs. */
public record Annotations() {
  private static final Annotations NONE = new Annotations();

  public static Annotations none() {
    return NONE;
  }
}
