package dev.chorus.stories;

import dev.chorus.export.SqlSection;

/** The export's {@code stories} array: {@code {"id","label","articles":[id…]}}, largest story first. */
public final class StoriesExportSection extends SqlSection {
  public StoriesExportSection() {
    super("stories", "SELECT story_id, any_value(label) AS label,"
        + " list(article_id ORDER BY article_id)::VARCHAR[] AS articles FROM stories GROUP BY story_id"
        + " ORDER BY TRY_CAST(substr(story_id, 7) AS INTEGER), story_id");
    string("id", "story_id").string("label").stringArray("articles", "articles");
  }
}
