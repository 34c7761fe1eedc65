package dev.chorus.extract;

import dev.chorus.model.OffsetMap;
import org.jsoup.nodes.Element;

/**
 * A text block as the segmenter saw it, with what the classifier needs: the element that holds it, its link text,
 * and the innermost enclosing element whose markup names page furniture.
 *
 * @param holder the innermost block-level element around the text
 * @param linkChars characters of the text inside links
 * @param furnitureDepth DOM depth of the innermost furniture-marked ancestor, or -1 when none
 * @param furnitureReason why that ancestor is furniture, or null
 * @param furnitureMarker that ancestor, or null
 * @param heading inside an {@code h1}…{@code h6}
 * @param source the map of {@code text} back to the HTML as given
 */
record PageBlock(
    String text, Element holder, String tag, int linkChars, int furnitureDepth, String furnitureReason,
    Element furnitureMarker, boolean heading, OffsetMap source) {

  double linkDensity() {
    return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
  }

  int words() {
    int n = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !inWord) {
        n++;
      }
      inWord = letter;
    }
    return n;
  }
}
