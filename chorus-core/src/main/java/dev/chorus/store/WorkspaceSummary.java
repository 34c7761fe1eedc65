package dev.chorus.store;

import java.util.Map;

/**
 * Counts for {@code chorus info} and the demo's summary. Histograms are ordered by descending count;
 * {@code tableRows} has every table of the workspace (stages add theirs) by name.
 */
public record WorkspaceSummary(
    int schemaVersion,
    long articles,
    long duplicates,
    long sentences,
    long removedSpans,
    long skippedInputs,
    Map<String, Long> languages,
    Map<String, Long> formats,
    Map<String, Long> removalReasons,
    Map<String, Long> tableRows) {}
