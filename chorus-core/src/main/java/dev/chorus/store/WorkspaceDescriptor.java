package dev.chorus.store;

import dev.chorus.pipeline.StageDescriptor;
import java.util.List;

/**
 * The workspace itself: articles, their texts, sentences, removals and annotations, and the inputs that were
 * skipped. Its schema is applied before every other.
 */
public final class WorkspaceDescriptor implements StageDescriptor {
  static final String NAME = "workspace";
  /** In order; the index of each is its version minus one. Append, never edit. */
  static final List<String> SCRIPTS = List.of("migrations/V1__foundation.sql", "migrations/V2__annotations.sql",
      "migrations/V3__time_types.sql");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<String> migrations() {
    return SCRIPTS;
  }

  @Override
  public List<Table> tables() {
    return List.of(
        new Table("articles", "SELECT id, source, title, url, published, published_inferred, published_source, language,"
            + " byline, site_name AS site, modified, input, format, text, duplicate_of, content_hash FROM articles"
            + " ORDER BY id"),
        new Table("removed", "SELECT article_id AS article, start, \"end\", text, reason FROM removed_spans"
            + " ORDER BY article_id, start"),
        new Table("sentences", "SELECT article_id AS article, idx, start, \"end\", paragraph FROM sentences"
            + " ORDER BY article_id, idx"),
        new Table("original_texts", "SELECT article_id AS article, text FROM original_texts ORDER BY article_id"),
        new Table("offset_map", "SELECT article_id AS article, clean_start, original_start, length FROM offset_segments"
            + " ORDER BY article_id, clean_start"),
        new Table("skipped_inputs", "SELECT input, reason FROM skipped_inputs ORDER BY input"));
  }

  /**
   * The UI's list of removed crawl residue: not an export array (removals are part of each article there), so each
   * element is one removal with its article's id.
   */
  @Override
  public List<View> views() {
    return List.of(new View("residue", "Crawl residue removed", "removed_spans", "SELECT article_id AS article, start,"
        + " \"end\", text, reason FROM removed_spans ORDER BY article_id, start LIMIT ? OFFSET ?"));
  }
}
