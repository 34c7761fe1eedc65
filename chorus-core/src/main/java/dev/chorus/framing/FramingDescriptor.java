package dev.chorus.framing;

import dev.chorus.export.ExportSection;
import dev.chorus.pipeline.Stage;
import dev.chorus.pipeline.StageDescriptor;
import dev.chorus.run.AnalysisOptions;
import java.util.List;

/** The words each source chooses for the same actors, compared within each story. */
public final class FramingDescriptor implements StageDescriptor {
  @Override
  public String name() {
    return "framing";
  }

  @Override
  public List<Stage> stages(AnalysisOptions options) {
    return List.of(new FramingStage());
  }

  @Override
  public List<String> migrations() {
    return List.of("schema/V1__framing.sql");
  }

  @Override
  public List<ExportSection> exportSections() {
    return List.of(new FramingSection());
  }

  @Override
  public List<Table> tables() {
    return List.of(
        new Table("framing", "SELECT term_id AS id, story_id AS story, source, kind, term, label_group, count, others, z"
            + " FROM framing_terms ORDER BY story_id, source, kind DESC, z DESC"),
        new Table("framing_evidence", "SELECT term_id AS id, article_id AS article, start, \"end\" FROM framing_evidence"
            + " ORDER BY term_id, article_id, start"));
  }

  @Override
  public List<View> views() {
    return List.of(
        new View("framing", "Framing", "framing_terms"));
  }
}
