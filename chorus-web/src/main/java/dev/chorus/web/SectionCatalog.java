package dev.chorus.web;

import dev.chorus.pipeline.StageCatalog;
import dev.chorus.pipeline.StageDescriptor.View;
import java.util.List;

/**
 * The finding sections the UI pages over, with their titles, and how each is read: the table that counts it (one
 * row per element) and, for the flat ones, the SQL that pages it. Built from the {@link View}s of the stage
 * descriptors on the classpath, so a stage package that adds a section adds it here too; the page gets the list
 * from the overview, and a section without a view of its own is shown as a generic list of findings.
 */
final class SectionCatalog {
  /** A section's export name and the title the UI shows for it. */
  record Section(String name, String title) {}

  private static final List<Section> SECTIONS =
      StageCatalog.installed().views().stream().map(v -> new Section(v.section(), v.title())).toList();

  private SectionCatalog() {}

  /** Every section, in the descriptors' order. */
  static List<Section> sections() {
    return SECTIONS;
  }

  /** Whether the name is a section the API pages over ({@code residue} included). */
  static boolean isSection(String name) {
    return StageCatalog.installed().view(name) != null;
  }

  /** The table with one row per element of the section; null when only reading the section can count it. */
  static String countingTable(String name) {
    View v = StageCatalog.installed().view(name);
    return v == null ? null : v.countingTable();
  }

  /** SQL with {@code LIMIT ? OFFSET ?} that pages the section from its table; null when it is read whole. */
  static String pagedSql(String name) {
    View v = StageCatalog.installed().view(name);
    return v == null ? null : v.pagedSql();
  }
}
