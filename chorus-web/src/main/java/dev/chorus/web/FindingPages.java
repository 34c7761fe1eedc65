package dev.chorus.web;

import static dev.chorus.web.JsonRows.MAPPER;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finding sections a page at a time, every evidence span with the text it points at, and the metadata of the
 * articles the page names: a list never needs the articles' texts.
 */
final class FindingPages {
  private final WorkspaceData data;

  FindingPages(WorkspaceData data) {
    this.data = data;
  }

  /** A page of one section: {@code total}, {@code offset}, {@code items}, {@code articles}, {@code claims}. */
  ObjectNode page(String name, int offset, int limit) {
    ObjectNode out = MAPPER.createObjectNode();
    out.put("offset", offset);
    // Sections read whole count what they hold; the flat ones count their table.
    out.put("total", SectionCatalog.pagedSql(name) == null ? data.section(name).size() : data.total(name));
    ArrayNode items = data.rows(name, offset, limit);
    out.set("items", items);
    List<JsonNode> list = new ArrayList<>();
    items.forEach(list::add);
    decorate(list, out);
    return out;
  }

  /**
   * Adds {@code snippet} to every evidence span in the findings ({@code a_snippet}, {@code b_snippet} to reuse
   * passages), {@code articles}: metadata of every article they name, and {@code claims}: the claims their
   * comparisons refer to.
   */
  void decorate(List<JsonNode> findings, ObjectNode out) {
    Set<String> named = new LinkedHashSet<>();
    List<ObjectNode> spans = new ArrayList<>();
    Set<String> claimIds = new LinkedHashSet<>();
    for (JsonNode f : findings) {
      EvidenceSpans.collect(f, named, spans);
      if (f.has("verdict") && f.path("claims").isArray()) {
        f.get("claims").forEach(c -> claimIds.add(c.asText()));
      }
    }
    ArrayNode claims = out.putArray("claims");
    if (!claimIds.isEmpty()) {
      for (JsonNode c : data.section("claims")) {
        if (claimIds.contains(c.path("id").asText())) {
          ObjectNode copy = c.deepCopy();
          claims.add(copy);
          EvidenceSpans.collect(copy, named, spans);
        }
      }
    }
    Set<String> withText = new LinkedHashSet<>();
    spans.forEach(s -> withText.add(s.has("a_start") ? s.get("a").asText() : s.get("article").asText()));
    spans.forEach(s -> {
      if (s.has("b_start")) {
        withText.add(s.get("b").asText());
      }
    });
    Map<String, String> texts = new HashMap<>();
    ObjectNode meta = out.has("articles") ? (ObjectNode) out.get("articles") : out.putObject("articles");
    data.lookUp(named, withText, meta, texts);
    for (ObjectNode s : spans) {
      if (s.has("a_start")) {
        s.put("a_snippet", snippet(texts, s.get("a"), s, "a_start", "a_end"));
        s.put("b_snippet", snippet(texts, s.get("b"), s, "b_start", "b_end"));
        s.remove("a");
        s.remove("b");
      } else {
        s.put("snippet", snippet(texts, s.get("article"), s, "start", "end"));
      }
    }
  }

  private static String snippet(Map<String, String> texts, JsonNode article, ObjectNode s, String start, String end) {
    return EvidenceSpans.snippet(texts.get(article.asText()), s.get(start).asInt(), s.get(end).asInt());
  }
}
