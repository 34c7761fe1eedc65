package dev.chorus.store;

import java.util.Map;

/**
 * Counts for {@code chorus info} and the demo's summary. Histograms are ordered by descending count;
 * {@code tableRows} has every table of the workspace (stages add theirs) by name. {@code undated} counts articles
 * with no publication date; {@code dateSources} counts the dated ones by where their date came from (the
 * {@code published_source} without the detail of an inferred basis: {@code jsonl:date}, {@code manifest},
 * {@code meta:article:published_time}, {@code inferred: dateline}…). {@code stale} is null when the last run finished
 * its corpus stages, else why the findings across articles may not cover every stored article.
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
    Map<String, Long> tableRows,
    long undated,
    Map<String, Long> dateSources,
    String stale) {}
