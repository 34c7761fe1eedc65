package dev.chorus.reuse;

import dev.chorus.export.ExportSection;
import dev.chorus.pipeline.Stage;
import dev.chorus.pipeline.StageDescriptor;
import dev.chorus.run.AnalysisOptions;
import java.util.List;

/**
 * Text shared across articles: exact duplicates, verbatim and paraphrased passages, and the talking points they
 * make. The paraphrase stage comes with a sentence encoder's module (chorus-embeddings).
 */
public final class ReuseDescriptor implements StageDescriptor {
  @Override
  public String name() {
    return "reuse";
  }

  @Override
  public List<Stage> stages(AnalysisOptions options) {
    return List.of(new ExactDuplicateStage());
  }

  @Override
  public List<String> migrations() {
    return List.of("schema/V1__reuse.sql");
  }

  @Override
  public List<ExportSection> exportSections() {
    return List.of(new ReuseExportSection(), new TalkingPointsExportSection());
  }

  @Override
  public List<Table> tables() {
    return List.of(
        new Table("reuse_links", "SELECT link_id, a, b, kind, score, earlier FROM reuse_links ORDER BY link_id"),
        new Table("reuse_passages", "SELECT link_id, a_start, a_end, b_start, b_end, similarity FROM reuse_passages"
            + " ORDER BY link_id, a_start"),
        new Table("talking_points", "SELECT tp_id AS id, rank, summary, summary_article, summary_start, summary_end,"
            + " articles, first_article AS first FROM talking_points ORDER BY rank"),
        new Table("talking_point_members", "SELECT tp_id AS id, article_id AS article, start, \"end\""
            + " FROM talking_point_members ORDER BY tp_id, article_id, start"));
  }

  @Override
  public List<View> views() {
    return List.of(
        new View("talking_points", "Talking points", "talking_points"),
        new View("reuse", "Reuse", "reuse_links"));
  }
}
