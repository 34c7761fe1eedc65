package dev.chorus.extract;

/**
 * A block of a page's visible text (a paragraph, heading, list item, cell…), whitespace-normalised.
 *
 * @param tag the HTML element that holds it
 * @param dropReason null when the block belongs to the story, else why the extractor dropped it
 */
public record TextBlock(String text, String tag, String dropReason) {
  public boolean kept() {
    return dropReason == null;
  }
}
