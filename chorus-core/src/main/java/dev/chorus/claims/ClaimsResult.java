package dev.chorus.claims;

import java.util.List;

/** Everything the claims stage finds in a corpus: the claims and how they compare. */
public record ClaimsResult(List<Claim> claims, List<Comparison> comparisons) {
  public ClaimsResult {
    claims = List.copyOf(claims);
    comparisons = List.copyOf(comparisons);
  }
}
