package dev.chorus.edits;

import dev.chorus.export.ExportSection;
import dev.chorus.pipeline.StageDescriptor;
import java.util.List;

/**
 * Edits between copies: what the copier changed in each reuse link. The stage comes with the reuse stage's module
 * (chorus-embeddings), whose links it reads, as the timeline comes with the annotate stage's.
 */
public final class EditsDescriptor implements StageDescriptor {
  @Override
  public String name() {
    return "edits";
  }

  @Override
  public List<String> migrations() {
    return List.of("schema/V1__edits.sql");
  }

  @Override
  public List<ExportSection> exportSections() {
    return List.of(new EditsSection());
  }

  @Override
  public List<Table> tables() {
    return List.of(new Table("edits", "SELECT edit_id AS id, link_id AS link, kind, rank, a_article AS a, a_start,"
        + " a_end, b_article AS b, b_start, b_end, a_text, b_text FROM edits ORDER BY edit_id"));
  }

  @Override
  public List<View> views() {
    // edits are numbered weightiest first, so the UI pages them in the export's order
    return List.of(new View("edits", "Edits between copies", "edits",
        "SELECT a_article AS a, b_article AS b, kind, a_start, a_end, b_start, b_end, a_text, b_text,"
            + " link_id AS link FROM edits ORDER BY edit_id LIMIT ? OFFSET ?"));
  }
}
