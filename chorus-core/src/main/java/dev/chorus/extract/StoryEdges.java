package dev.chorus.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Trims what sits at the edges of a story inside its container: the headline, bylines and datelines before the
 * first paragraph of prose, and headings or short labels ("Our latest stories", "Explore further") after the last.
 * A prose paragraph is a block of at least {@link #PROSE_WORDS} words that ends a sentence.
 */
final class StoryEdges {
  /** Words in the shortest block counted as prose: fewer is a label, a headline or a byline. */
  static final int PROSE_WORDS = 8;
  /** A lead-in block longer than this is not a byline or dateline. */
  private static final int MAX_LEAD_IN_WORDS = 14;
  /** A trailing block this short without a sentence end is a label, not story. */
  private static final int MAX_LABEL_WORDS = 6;
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…:;\"”’»)]\\s*$");
  private static final Pattern DATE_OR_BYLINE = Pattern.compile(
      "(?iu)^(by|von|par|por|di|door)\\s|\\b(updated|published|posted|min read|minutes? read)\\b|"
          + "\\b(19|20)\\d{2}\\b|\\b\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}\\b|\\b\\d{1,2}:\\d{2}\\s*(am|pm|a\\.m\\.|p\\.m\\.)?");

  private StoryEdges() {}

  /** Marks the edge blocks of the kept story with their reasons, in place. */
  static void trim(List<PageBlock> blocks, String[] reasons) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < blocks.size(); i++) {
      if (reasons[i] == null && isProse(blocks.get(i))) {
        if (first < 0) {
          first = i;
        }
        last = i;
      }
    }
    if (first < 0) {
      return;
    }
    for (int i = 0; i < first; i++) {
      PageBlock b = blocks.get(i);
      if (reasons[i] != null) {
        continue;
      }
      if (b.heading() && b.tag().equals("h1")) {
        reasons[i] = "headline";
      } else if (b.words() <= MAX_LEAD_IN_WORDS && DATE_OR_BYLINE.matcher(b.text()).find()) {
        reasons[i] = "byline or dateline";
      }
    }
    for (int i = last + 1; i < blocks.size(); i++) {
      PageBlock b = blocks.get(i);
      if (reasons[i] != null) {
        continue;
      }
      if (b.heading() || (b.words() <= MAX_LABEL_WORDS && !SENTENCE_END.matcher(b.text()).find())) {
        reasons[i] = "label after the story";
      }
    }
  }

  static boolean isProse(PageBlock b) {
    return !b.heading() && b.words() >= PROSE_WORDS && SENTENCE_END.matcher(b.text()).find();
  }

  static boolean hasLetters(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetter(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

}
