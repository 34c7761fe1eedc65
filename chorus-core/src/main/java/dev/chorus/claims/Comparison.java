package dev.chorus.claims;

import java.util.List;

/**
 * A verdict on claims about one thing.
 *
 * @param key what they are about ({@code concept|predicate}, or {@code date|…} for an event's date); null for a
 *     claim too vague to compare
 * @param verdict agree, conflict, compatible or single-source
 * @param rule the name of the rule that gave the verdict ({@code same-interval}, {@code disjoint-intervals}, …)
 * @param claims the claims' ids
 * @param reason the rule applied to these claims, in words
 */
public record Comparison(String key, Verdict verdict, String rule, List<String> claims, String reason) {
  public Comparison {
    claims = List.copyOf(claims);
  }
}
