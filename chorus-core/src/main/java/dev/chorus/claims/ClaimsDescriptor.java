package dev.chorus.claims;

import dev.chorus.export.ExportSection;
import dev.chorus.pipeline.StageDescriptor;
import java.util.List;

/**
 * Claims (figures and dates each source asserts) and where sources agree or conflict. The stage comes with the
 * annotate stage's module, whose findings it reads.
 */
public final class ClaimsDescriptor implements StageDescriptor {
  @Override
  public String name() {
    return "claims";
  }

  @Override
  public List<String> migrations() {
    return List.of("schema/V1__claims.sql");
  }

  @Override
  public List<ExportSection> exportSections() {
    return List.of(new ClaimsSection(), new ComparisonsSection());
  }

  @Override
  public List<Table> tables() {
    return List.of(
        new Table("claims", "SELECT claim_id AS id, article_id AS article, start, \"end\", kind, text, value, low, high, qualifier, counted, concept, predicate, subject, speaker, time_ref AS time, key, date_value FROM claims ORDER BY article_id, start"),
        new Table("comparisons", "SELECT c.comparison_id AS id, c.key, c.verdict, c.rule, string_agg(m.claim_id, ' ' ORDER BY m.position) AS claims, c.reason FROM comparisons c LEFT JOIN comparison_claims m USING (comparison_id) GROUP BY ALL ORDER BY c.comparison_id"));
  }

  @Override
  public List<View> views() {
    return List.of(
        new View("comparisons", "Comparisons", "comparisons"),
        new View("claims", "Claims", "claims"));
  }
}
