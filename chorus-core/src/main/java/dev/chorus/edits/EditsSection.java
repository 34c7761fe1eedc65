package dev.chorus.edits;

import dev.chorus.export.SqlSection;

/**
 * The {@code edits} array, weightiest kind first (figures, attributions, negations, labels, hedges, added, dropped,
 * wording), then in link order and along the first article: {@code {"a","b","kind","a_start","a_end",
 * "b_start","b_end","a_text","b_text","link"}}, spans into each article's {@code text}; {@code link} is the edit's
 * reuse link, its 1-based place in the {@code reuse} array. {@code a} is the original, {@code b} the copy.
 */
public final class EditsSection extends SqlSection {
  static final String ROWS = "SELECT a_article, b_article, kind, a_start, a_end, b_start, b_end, a_text, b_text,"
      + " link_id FROM edits ORDER BY edit_id";

  public EditsSection() {
    super("edits", ROWS);
    string("a", "a_article").string("b", "b_article").string("kind").integer("a_start", "a_start")
        .integer("a_end", "a_end").integer("b_start", "b_start").integer("b_end", "b_end").string("a_text")
        .string("b_text").integer("link", "link_id");
  }
}
