package dev.chorus.web;

import java.util.List;
import java.util.Map;

/**
 * The finding sections the UI pages over, in display order with their titles, and how each is read: the table that
 * counts it (one row per element) and, for the flat ones, the SQL that pages it. The one place in this module that
 * lists sections; the page gets the list from the overview, and a section without a view of its own is shown as a
 * generic list of findings.
 */
final class SectionCatalog {
  /** A section's export name and the title the UI shows for it. */
  record Section(String name, String title) {}

  private static final List<Section> SECTIONS = List.of(
      new Section("comparisons", "Comparisons"), new Section("talking_points", "Talking points"),
      new Section("claims", "Claims"), new Section("reuse", "Reuse"), new Section("timeline", "Timeline"),
      new Section("quotes", "Quotes"), new Section("entities", "Entities"), new Section("time_expressions", "Dates"),
      new Section("framing", "Framing"), new Section("stories", "Stories"),
      new Section("residue", "Crawl residue removed"));

  /**
   * The table holding one row per element of each section (the sections export every row), so the overview counts
   * with SQL instead of reading the sections.
   */
  private static final Map<String, String> COUNTED_BY = Map.of("entities", "entities", "quotes", "quotes",
      "time_expressions", "time_expressions", "claims", "claims", "comparisons", "comparisons", "reuse", "reuse_links",
      "talking_points", "talking_points", "timeline", "timeline_events", "residue", "removed_spans",
      "framing", "framing_terms");

  /**
   * Flat sections, one table row per element (the largest: a few per article), paged straight from their tables in
   * the shape their export sections write, so they are never read whole. {@code residue} is not an export section:
   * each element is an article id with one removal.
   */
  private static final Map<String, String> PAGED_BY_SQL = Map.of(
      "quotes", "SELECT article_id AS article, start, \"end\", text, speaker, speaker_entity FROM quotes"
          + " ORDER BY article_id, start LIMIT ? OFFSET ?",
      "time_expressions", "SELECT article_id AS article, start, \"end\", text, value, lower(precision) AS precision,"
          + " reference FROM time_expressions ORDER BY article_id, start LIMIT ? OFFSET ?",
      "residue", "SELECT article_id AS article, start, \"end\", text, reason FROM removed_spans"
          + " ORDER BY article_id, start LIMIT ? OFFSET ?");

  private SectionCatalog() {}

  /** Every section, in display order. */
  static List<Section> sections() {
    return SECTIONS;
  }

  /** Whether the name is a section the API pages over ({@code residue} included). */
  static boolean isSection(String name) {
    return SECTIONS.stream().anyMatch(s -> s.name().equals(name));
  }

  /** The table with one row per element of the section; null when only reading the section can count it. */
  static String countingTable(String name) {
    return COUNTED_BY.get(name);
  }

  /** SQL with {@code LIMIT ? OFFSET ?} that pages the section from its table; null when it is read whole. */
  static String pagedSql(String name) {
    return PAGED_BY_SQL.get(name);
  }
}
