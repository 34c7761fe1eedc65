package dev.chorus.testing;

/**
 * A made-up local news story in three paragraphs, and the meta tags a news page carries, for tests of extraction
 * that need ordinary article text: long enough to pass as a story's body, with a date, a number and a quote-free
 * attribution.
 */
public final class BridgeStory {
  public static final String FIRST = "The council voted on Tuesday to close the old bridge, citing a report that"
      + " found its steel supports had corroded beyond repair.";
  public static final String SECOND = "Residents who cross it daily said the closure, which starts next month, would"
      + " add half an hour to their commute, and asked for a ferry.";
  public static final String THIRD = "The mayor said a new crossing would be built by 2025, funded in part by a"
      + " regional grant, and that a temporary footbridge was being considered.";
  /** Outlet "Valley Post", author "Ana Ruiz", published 2022-01-06T08:00:00Z. */
  public static final String META_TAGS = "<meta property=\"og:site_name\" content=\"Valley Post\">"
      + "<meta name=\"author\" content=\"Ana Ruiz\">"
      + "<meta property=\"article:published_time\" content=\"2022-01-06T08:00:00Z\">";

  private BridgeStory() {}
}
