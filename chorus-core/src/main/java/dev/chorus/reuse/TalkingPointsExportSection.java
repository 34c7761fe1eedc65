package dev.chorus.reuse;

import dev.chorus.export.SqlSection;

/**
 * The export's {@code talking_points} array: {@code {"id","summary","articles","members":[{"article","start",
 * "end"}],"first"}}, in rank order (most articles first).
 */
public final class TalkingPointsExportSection extends SqlSection {
  public TalkingPointsExportSection() {
    super("talking_points", "SELECT tp_id, summary, first_article FROM talking_points ORDER BY rank");
    children("members", "SELECT article_id, start, \"end\" FROM talking_point_members WHERE tp_id = ?"
        + " ORDER BY article_id, start", "tp_id");
    string("id", "tp_id").string("summary").childDistinct("articles", "members", 1).childSpans("members", "members")
        .string("first", "first_article");
  }
}
