package dev.chorus.timeline;

import dev.chorus.export.SqlSection;

/**
 * The {@code timeline} array, in date order: {@code {"date","precision","summary","articles","evidence":[{"article",
 * "start","end"}]}} plus {@code "reported"}: the dates of the reports, kept apart from the event's date.
 */
public final class TimelineSection extends SqlSection {
  public TimelineSection() {
    super("timeline", "SELECT event_id, date, precision, summary FROM timeline_events ORDER BY event_id");
    children("evidence", "SELECT article_id, start, \"end\", CAST(reported AS VARCHAR) FROM timeline_evidence"
        + " WHERE event_id = ? ORDER BY article_id, start", "event_id");
    string("date").string("precision").string("summary").childSpans("evidence", "evidence")
        .childDistinct("articles", "evidence", 1).childDistinct("reported", "evidence", 4);
  }
}
