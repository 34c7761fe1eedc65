package dev.chorus.timeline;

import dev.chorus.export.ExportSection;
import dev.chorus.pipeline.StageDescriptor;
import java.util.List;

/**
 * The timeline: events on calendar dates with the sentences that report them. The stage comes with the annotate
 * stage's module, whose time expressions it reads.
 */
public final class TimelineDescriptor implements StageDescriptor {
  @Override
  public String name() {
    return "timeline";
  }

  @Override
  public List<String> migrations() {
    return List.of("schema/V1__timeline.sql");
  }

  @Override
  public List<ExportSection> exportSections() {
    return List.of(new TimelineSection());
  }

  @Override
  public List<Table> tables() {
    return List.of(
        new Table("timeline", "SELECT event_id AS id, date, precision, summary, summary_article, summary_start, summary_end, articles FROM timeline_events ORDER BY event_id"),
        new Table("timeline_evidence", "SELECT event_id AS id, article_id AS article, start, \"end\", reported FROM timeline_evidence ORDER BY event_id, article_id, start"));
  }

  @Override
  public List<View> views() {
    return List.of(
        new View("timeline", "Timeline", "timeline_events"));
  }
}
