package dev.chorus.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The overview page's data: article and source figures, the sections with their titles and counts, the top
 * conflicts, agreements and talking points with their evidence, the first removals and the skipped inputs.
 * The server answers it at {@code /api/overview}; the report carries the same object.
 */
final class OverviewBuilder {
  /** Findings shown on the overview before "all →". */
  static final int OVERVIEW_TOP = 5;
  static final int OVERVIEW_CONFLICTS = 20;
  static final int OVERVIEW_REMOVALS = 8;
  /** Sources on the overview, with the first few article ids of each. */
  static final int OVERVIEW_SOURCES = 200;
  static final int IDS_PER_SOURCE = 12;

  private final WorkspaceData data;
  private final FindingPages pages;

  OverviewBuilder(WorkspaceData data, FindingPages pages) {
    this.data = data;
    this.pages = pages;
  }

  ObjectNode overview() {
    ObjectNode out = data.articleSummary();
    ArrayNode sources = data.sources(OVERVIEW_SOURCES, IDS_PER_SOURCE);
    out.set("sources", sources);
    ArrayNode sections = out.putArray("sections");
    ObjectNode counts = out.putObject("counts");
    for (SectionCatalog.Section s : SectionCatalog.sections()) {
      sections.addObject().put("name", s.name()).put("title", s.title());
      counts.put(s.name(), data.total(s.name()));
    }
    ArrayNode conflicts = out.putArray("conflicts");
    ArrayNode agreements = out.putArray("agreements");
    long comparisons = counts.get("comparisons").asLong();
    if (comparisons > 0) {
      for (JsonNode c : data.section("comparisons")) {
        boolean conflict = "conflict".equals(c.path("verdict").asText());
        ArrayNode into = conflict ? conflicts : agreements;
        if (into.size() < (conflict ? OVERVIEW_CONFLICTS : OVERVIEW_TOP)) {
          into.add(c.deepCopy());
        }
      }
    }
    long conflictCount = data.comparisonsWithVerdict("conflict");
    counts.put("conflicts", conflictCount);
    counts.put("agreements", data.comparisonsWithVerdict("agree"));
    counts.put("agreements_shown_of", comparisons - conflictCount);
    counts.put("single_source", data.singleSourceGroups());
    ArrayNode tps = out.putArray("talking_points");
    if (counts.get("talking_points").asLong() > 0) {
      data.section("talking_points").forEach(tp -> {
        if (tps.size() < OVERVIEW_TOP) {
          tps.add(tp.deepCopy());
        }
      });
    }
    out.set("removals", data.rows("residue", 0, OVERVIEW_REMOVALS));
    out.set("skipped_inputs", data.skippedInputs());
    List<JsonNode> shown = new ArrayList<>();
    conflicts.forEach(shown::add);
    agreements.forEach(shown::add);
    tps.forEach(shown::add);
    pages.decorate(shown, out);
    // The sources table links its first articles by outlet, and the removals name theirs: their metadata too.
    Set<String> ids = new LinkedHashSet<>();
    sources.forEach(src -> src.get("ids").forEach(id -> ids.add(id.asText())));
    out.get("removals").forEach(r -> ids.add(r.get("article").asText()));
    data.lookUp(ids, Set.of(), (ObjectNode) out.get("articles"), new HashMap<>());
    return out;
  }
}
