package dev.chorus.annotate;

import dev.chorus.export.SqlSection;

/**
 * The {@code entities} array: {@code {"id","name","type","aliases":[…],"mentions":[{"article","start","end"}…]}},
 * most mentioned first.
 */
public final class EntitiesSection extends SqlSection {
  public EntitiesSection() {
    super("entities", "SELECT id, name, type FROM entities ORDER BY mention_count DESC, id");
    children("aliases", "SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY alias", "id");
    children("mentions", "SELECT article_id, start, \"end\" FROM entity_mentions WHERE entity_id = ?"
        + " ORDER BY article_id, start", "id");
    string("id").string("name").string("type").childStrings("aliases", "aliases", 1).childSpans("mentions", "mentions");
  }
}
