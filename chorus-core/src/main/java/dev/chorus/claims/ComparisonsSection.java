package dev.chorus.claims;

import dev.chorus.export.SqlSection;

/**
 * The {@code comparisons} array: {@code {"key","verdict","claims":[ids],"reason"}} plus {@code "rule"} and
 * {@code "evidence"} (the claims' spans, in the same order), conflicts first, then agreements, compatible groups and
 * single-source claims.
 */
public final class ComparisonsSection extends SqlSection {
  public ComparisonsSection() {
    super("comparisons", "SELECT comparison_id, key, verdict, rule, reason FROM comparisons ORDER BY comparison_id");
    children("claims", "SELECT c.article_id, c.start, c.\"end\", m.claim_id FROM comparison_claims m"
        + " JOIN claims c USING (claim_id) WHERE m.comparison_id = ? ORDER BY m.position", "comparison_id");
    string("key").string("verdict").string("rule").childStrings("claims", "claims", 4).string("reason")
        .childSpans("evidence", "claims");
  }
}
