package dev.chorus.annotate;

import dev.chorus.export.SqlSection;

/** The {@code quotes} array: {@code {"article","start","end","text","speaker","speaker_entity"}}. */
public final class QuotesSection extends SqlSection {
  public QuotesSection() {
    super("quotes", "SELECT article_id, start, \"end\", text, speaker, speaker_entity FROM quotes"
        + " ORDER BY article_id, start");
    span().string("text").string("speaker").string("speaker_entity");
  }
}
