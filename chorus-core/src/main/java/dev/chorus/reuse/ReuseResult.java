package dev.chorus.reuse;

import java.util.List;

/** Everything the reuse analysis found in one corpus. */
public record ReuseResult(List<ReuseLink> links, List<TalkingPoint> talkingPoints, List<List<String>> duplicateClusters) {
  public ReuseResult {
    links = List.copyOf(links);
    talkingPoints = List.copyOf(talkingPoints);
    duplicateClusters = List.copyOf(duplicateClusters);
  }
}
