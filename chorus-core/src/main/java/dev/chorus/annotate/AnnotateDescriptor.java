package dev.chorus.annotate;

import dev.chorus.export.ExportSection;
import dev.chorus.pipeline.StageDescriptor;
import java.util.List;

/**
 * What the annotate stage finds: entities, quotes with speakers, time expressions and numbers. The stage itself
 * comes with an NLP backend's module (chorus-nlp-corenlp); its tables are part of the workspace schema, written with
 * each article.
 */
public final class AnnotateDescriptor implements StageDescriptor {
  @Override
  public String name() {
    return "annotate";
  }

  @Override
  public List<ExportSection> exportSections() {
    return List.of(new EntitiesSection(), new QuotesSection(), new TimeExpressionsSection());
  }

  @Override
  public List<Table> tables() {
    return List.of(
        new Table("entities", "SELECT id, name, type, mention_count FROM entities ORDER BY mention_count DESC, id"),
        new Table("entity_aliases", "SELECT entity_id, alias FROM entity_aliases ORDER BY entity_id, alias"),
        new Table("mentions", "SELECT m.article_id AS article, m.start, m.\"end\", m.text, m.type, em.entity_id FROM mentions m"
            + " LEFT JOIN entity_mentions em USING (article_id, start, \"end\") ORDER BY m.article_id, m.start"),
        new Table("quotes", "SELECT article_id AS article, start, \"end\", text, speaker, speaker_entity FROM quotes"
            + " ORDER BY article_id, start"),
        new Table("scare_quotes", "SELECT article_id AS article, start, \"end\", text FROM scare_quotes ORDER BY article_id, start"),
        new Table("time_expressions", "SELECT article_id AS article, start, \"end\", text, value, precision, range_start,"
            + " range_end, reference, coalesce(timex_type, 'DATE') AS type, CASE WHEN timex_type IS NULL THEN value ELSE"
            + " timex_value END AS timex, lower(coalesce(direction, 'NONE')) AS direction FROM time_expressions"
            + " ORDER BY article_id, start"),
        new Table("numbers", "SELECT article_id AS article, start, \"end\", text, value, qualifier, counted, unit FROM numbers"
            + " ORDER BY article_id, start"));
  }

  @Override
  public List<View> views() {
    return List.of(
        new View("quotes", "Quotes", "quotes", "SELECT article_id AS article, start, \"end\", text, speaker, speaker_entity"
            + " FROM quotes ORDER BY article_id, start LIMIT ? OFFSET ?"),
        new View("entities", "Entities", "entities"),
        new View("time_expressions", "Dates", "time_expressions", "SELECT article_id AS article, start, \"end\", text, value,"
            + " lower(precision) AS precision, reference, coalesce(timex_type, 'DATE') AS type, CASE WHEN timex_type IS NULL"
            + " THEN value ELSE timex_value END AS timex, lower(coalesce(direction, 'NONE')) AS direction"
            + " FROM time_expressions ORDER BY article_id, start LIMIT ? OFFSET ?"));
  }
}
