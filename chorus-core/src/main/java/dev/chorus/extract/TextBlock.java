package dev.chorus.extract;

import dev.chorus.model.OffsetMap;

/**
 * A block of a page's visible text (a paragraph, heading, list item, cell…), whitespace-normalised.
 *
 * @param tag the HTML element that holds it
 * @param dropReason null when the block belongs to the story, else why the extractor dropped it
 * @param source the map of {@code text} back to the characters of the HTML as given, or null when not known
 */
public record TextBlock(String text, String tag, String dropReason, OffsetMap source) {
  /** A block whose place in the page is not known. */
  public TextBlock(String text, String tag, String dropReason) {
    this(text, tag, dropReason, null);
  }

  public boolean kept() {
    return dropReason == null;
  }
}
