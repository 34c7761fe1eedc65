package dev.chorus.framing;

import dev.chorus.export.SqlSection;

/**
 * The {@code framing} array: {@code {"story","source","kind","term","group","count","others","z","summary",
 * "evidence":[span…]}}, labels first, then distinctive words, each source's strongest first.
 */
public final class FramingSection extends SqlSection {
  public FramingSection() {
    super("framing", "SELECT term_id, story_id, source, kind, term, label_group, count, others, z"
        + " FROM framing_terms ORDER BY story_id, kind DESC, z DESC, source, term");
    children("evidence", "SELECT article_id, start, \"end\" FROM framing_evidence WHERE term_id = ?"
        + " ORDER BY article_id, start", "term_id");
    string("story", "story_id").string("source").string("kind").string("term").string("group", "label_group")
        .integer("count", "count").integer("others", "others").decimal("z", "z")
        .field("summary", row -> {
          String group = row.getString("label_group");
          return String.format("%s says \"%s\"%s %d× (other sources %d×), z = %.2f", row.getString("source"),
              row.getString("term"), group == null ? "" : " (" + group + ")", row.getInt("count"), row.getInt("others"),
              row.getDouble("z"));
        })
        .childSpans("evidence", "evidence");
  }
}
