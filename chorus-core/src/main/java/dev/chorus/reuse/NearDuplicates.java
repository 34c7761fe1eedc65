package dev.chorus.reuse;

import java.util.List;

/**
 * What {@link NearDuplicateFinder} found: verified pairs and the clusters they join into (each cluster's indexes
 * sorted; only clusters of two or more).
 */
public record NearDuplicates(List<DuplicatePair> pairs, List<List<Integer>> clusters, long candidates) {}
