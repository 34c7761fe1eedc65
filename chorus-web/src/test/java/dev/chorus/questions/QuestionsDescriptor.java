package dev.chorus.questions;

import dev.chorus.export.ExportSection;
import dev.chorus.pipeline.Stage;
import dev.chorus.pipeline.StageDescriptor;
import dev.chorus.run.AnalysisOptions;
import java.util.List;

/**
 * An example of a whole stage package: its stage, its table's schema, its export array, its CSV/Parquet table and
 * its UI section, all listed here and registered with one line in {@code META-INF/services}. Nothing outside this
 * package names it.
 */
public final class QuestionsDescriptor implements StageDescriptor {
  @Override
  public String name() {
    return "questions";
  }

  @Override
  public List<Stage> stages(AnalysisOptions options) {
    return List.of(new QuestionsStage());
  }

  @Override
  public List<String> migrations() {
    return List.of("schema/V1__questions.sql");
  }

  @Override
  public List<ExportSection> exportSections() {
    return List.of(new QuestionsSection());
  }

  @Override
  public List<Table> tables() {
    return List.of(new Table("questions", "SELECT article_id AS article, start, \"end\", text FROM questions"
        + " ORDER BY article_id, start"));
  }

  @Override
  public List<View> views() {
    return List.of(new View("questions", "Questions", "questions"));
  }
}
