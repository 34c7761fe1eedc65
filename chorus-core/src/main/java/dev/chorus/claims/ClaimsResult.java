package dev.chorus.claims;

import java.util.List;

/** Everything the claims stage finds in a corpus. */
public record ClaimsResult(List<Claim> claims, List<Comparison> comparisons, List<TimelineEvent> timeline) {
  public ClaimsResult {
    claims = List.copyOf(claims);
    comparisons = List.copyOf(comparisons);
    timeline = List.copyOf(timeline);
  }
}
