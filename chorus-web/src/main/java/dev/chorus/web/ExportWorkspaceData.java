package dev.chorus.web;

import static dev.chorus.web.JsonRows.MAPPER;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An export already in JSON (the shape {@code JsonExporter} writes) as {@link WorkspaceData}, for a report written
 * from an export rather than a workspace. Answers as {@link SqlWorkspaceData} does over the same data: same order,
 * same fields, same counts.
 */
final class ExportWorkspaceData implements WorkspaceData {
  private static final List<String> ARTICLE_FIELDS = List.of("id", "source", "title", "url", "published",
      "published_inferred", "language", "text", "original_text", "duplicate_of", "byline", "site",
      "published_source");
  private static final List<String> CLAIM_FIELDS = List.of("start", "end", "text", "value", "low", "high",
      "qualifier", "counted", "predicate", "speaker");

  private final JsonNode export;
  /** Articles as the tables order them in time: published date, undated last, then id. */
  private final List<JsonNode> byTime = new ArrayList<>();
  private final Map<String, JsonNode> byId = new HashMap<>();

  ExportWorkspaceData(JsonNode export) {
    this.export = export;
    export.path("articles").forEach(a -> {
      byTime.add(a);
      byId.put(a.path("id").asText(), a);
    });
    byTime.sort(Comparator.comparing((JsonNode a) -> published(a) == null)
        .thenComparing(a -> published(a) == null ? "" : published(a)).thenComparing(a -> a.path("id").asText()));
  }

  private static String published(JsonNode a) {
    return a.path("published").isTextual() ? a.get("published").asText() : null;
  }

  private static String outlet(JsonNode a) {
    return a.path("source").isTextual() ? a.get("source").asText() : a.path("id").asText();
  }

  @Override
  public ObjectNode articleSummary() {
    ObjectNode out = MAPPER.createObjectNode();
    out.put("article_count", byTime.size());
    out.put("sources_count", byTime.stream().map(ExportWorkspaceData::outlet).distinct().count());
    putDates(out, byTime, "first_published", "first_inferred", "last_published", "last_inferred");
    out.put("stale", export.path("stale").isTextual() ? export.get("stale").asText() : null);
    return out;
  }

  /** The first and last publication dates of articles in time order, with their inferred flags. */
  private static void putDates(ObjectNode out, List<JsonNode> articles, String first, String firstInferred,
      String last, String lastInferred) {
    List<JsonNode> dated = articles.stream().filter(a -> published(a) != null).toList();
    out.put(first, dated.isEmpty() ? null : published(dated.get(0)));
    out.put(firstInferred, !dated.isEmpty() && dated.get(0).path("published_inferred").asBoolean());
    out.put(last, dated.isEmpty() ? null : published(dated.get(dated.size() - 1)));
    out.put(lastInferred, !dated.isEmpty() && dated.get(dated.size() - 1).path("published_inferred").asBoolean());
  }

  @Override
  public ArrayNode sources(int limit, int idsPerSource) {
    Map<String, List<JsonNode>> bySource = new LinkedHashMap<>();
    byTime.forEach(a -> bySource.computeIfAbsent(outlet(a), k -> new ArrayList<>()).add(a));
    List<ObjectNode> rows = new ArrayList<>();
    bySource.forEach((name, articles) -> {
      ObjectNode s = MAPPER.createObjectNode();
      s.put("source", name);
      s.put("articles", articles.size());
      putDates(s, articles, "first", "first_inferred", "last", "last_inferred");
      Set<String> languages = new TreeSet<>();
      articles.forEach(a -> {
        if (a.path("language").isTextual()) {
          languages.add(a.get("language").asText());
        }
      });
      s.put("languages", languages.isEmpty() ? null : String.join(", ", languages));
      ArrayNode ids = s.putArray("ids");
      articles.stream().limit(idsPerSource).forEach(a -> ids.add(a.path("id").asText()));
      rows.add(s);
    });
    rows.sort(Comparator.comparing((ObjectNode s) -> s.get("first").isNull())
        .thenComparing(s -> s.get("first").asText()).thenComparing(s -> s.get("source").asText()));
    ArrayNode out = MAPPER.createArrayNode();
    rows.stream().limit(limit).forEach(out::add);
    return out;
  }

  @Override
  public long total(String section) {
    return "residue".equals(section) ? residue().size() : section(section).size();
  }

  @Override
  public long comparisonsWithVerdict(String verdict) {
    long n = 0;
    for (JsonNode c : section("comparisons")) {
      n += verdict.equals(c.path("verdict").asText()) ? 1 : 0;
    }
    return n;
  }

  @Override
  public long singleSourceGroups() {
    Map<String, Set<String>> articlesByKey = new HashMap<>();
    for (JsonNode c : section("claims")) {
      String key = c.path("key").isTextual() && !c.get("key").asText().isEmpty() ? c.get("key").asText()
          : "claim " + c.path("id").asText();
      articlesByKey.computeIfAbsent(key, k -> new TreeSet<>()).add(c.path("article").asText());
    }
    Map<String, Boolean> compared = new HashMap<>();
    for (JsonNode c : section("comparisons")) {
      String key = c.path("key").isTextual() ? c.get("key").asText() : "null";
      boolean decided = List.of("conflict", "agree", "compatible").contains(c.path("verdict").asText());
      compared.merge(key, decided, Boolean::logicalOr);
    }
    Set<String> keys = new TreeSet<>(articlesByKey.keySet());
    keys.addAll(compared.keySet());
    return keys.stream().filter(k -> articlesByKey.getOrDefault(k, Set.of()).size() <= 1
        && !compared.getOrDefault(k, false)).count();
  }

  @Override
  public ArrayNode section(String name) {
    JsonNode s = export.path(name);
    return s.isArray() ? (ArrayNode) s : MAPPER.createArrayNode();
  }

  /** One element per removal, by article id then position, as the residue section pages them. */
  private List<JsonNode> residue() {
    List<JsonNode> out = new ArrayList<>();
    byTime.forEach(a ->
        a.path("removed").forEach(r -> {
          ObjectNode f = MAPPER.createObjectNode().put("article", a.path("id").asText());
          f.putObject("removal").put("start", r.path("start").asInt()).put("end", r.path("end").asInt())
              .put("text", r.path("text").asText()).put("reason", r.path("reason").asText());
          out.add(f);
        }));
    out.sort(Comparator.comparing((JsonNode f) -> f.get("article").asText())
        .thenComparingInt(f -> f.get("removal").get("start").asInt()));
    return out;
  }

  @Override
  public ArrayNode rows(String name, int offset, int limit) {
    List<JsonNode> all = new ArrayList<>();
    ("residue".equals(name) ? residue() : section(name)).forEach(all::add);
    ArrayNode out = MAPPER.createArrayNode();
    all.stream().skip(offset).limit(limit).forEach(x -> out.add(x.deepCopy()));
    return out;
  }

  @Override
  public ObjectNode articles(int offset, int limit) {
    ObjectNode out = MAPPER.createObjectNode();
    out.put("total", byTime.size());
    out.put("offset", offset);
    ArrayNode items = out.putArray("items");
    byTime.stream().skip(offset).limit(limit).forEach(a -> {
      ObjectNode m = items.addObject();
      for (String f : List.of("id", "source", "title", "language", "published", "published_inferred",
          "duplicate_of", "url")) {
        m.set(f, a.path(f).isMissingNode() ? null : a.get(f));
      }
      m.put("published_inferred", a.path("published_inferred").asBoolean());
      m.put("removed_count", a.path("removed").size());
    });
    return out;
  }

  @Override
  public ObjectNode article(String id) {
    JsonNode a = byId.get(id);
    if (a == null) {
      return null;
    }
    ObjectNode out = MAPPER.createObjectNode();
    ARTICLE_FIELDS.forEach(f -> out.set(f, a.path(f).isMissingNode() ? null : a.get(f).deepCopy()));
    out.put("published_inferred", a.path("published_inferred").asBoolean());
    for (String f : List.of("removed", "sentences", "offset_map")) {
      out.set(f, a.path(f).isArray() ? a.get(f).deepCopy() : MAPPER.createArrayNode());
    }
    ObjectNode ann = out.putObject("annotations");
    List<ObjectNode> mentions = new ArrayList<>();
    section("entities").forEach(e -> e.path("mentions").forEach(m -> {
      if (id.equals(m.path("article").asText())) {
        mentions.add(MAPPER.createObjectNode().put("start", m.path("start").asInt()).put("end", m.path("end").asInt())
            .put("name", e.path("name").asText()).put("type", e.path("type").asText()));
      }
    }));
    ann.set("entities", byStart(mentions));
    ann.set("claims", inArticle("claims", id, CLAIM_FIELDS));
    ann.set("quotes", inArticle("quotes", id, List.of("start", "end", "speaker")));
    return out;
  }

  @Override
  public Map<String, ObjectNode> allArticles() {
    Map<String, ObjectNode> out = new LinkedHashMap<>();
    byTime.forEach(a -> out.put(a.path("id").asText(), article(a.path("id").asText())));
    return out;
  }

  /** The elements of a section inside one article, by position, with the given fields. */
  private ArrayNode inArticle(String section, String id, List<String> fields) {
    List<ObjectNode> found = new ArrayList<>();
    section(section).forEach(x -> {
      if (id.equals(x.path("article").asText())) {
        ObjectNode o = MAPPER.createObjectNode();
        fields.forEach(f -> o.set(f, x.path(f).isMissingNode() ? null : x.get(f).deepCopy()));
        found.add(o);
      }
    });
    return byStart(found);
  }

  private static ArrayNode byStart(List<ObjectNode> spans) {
    ArrayNode out = MAPPER.createArrayNode();
    spans.stream().sorted(Comparator.comparingInt(s -> s.path("start").asInt())).forEach(out::add);
    return out;
  }

  @Override
  public void lookUp(Collection<String> ids, Set<String> withText, ObjectNode meta, Map<String, String> texts) {
    Set<String> all = new LinkedHashSet<>(ids);
    all.addAll(withText);
    for (String id : all) {
      JsonNode a = byId.get(id);
      if (a != null) {
        JsonRows.putMeta(meta, id, a.path("source").textValue(), a.path("title").textValue(), published(a),
            a.path("published_inferred").asBoolean());
        if (withText.contains(id)) {
          texts.put(id, a.path("text").textValue());
        }
      }
    }
  }

  @Override
  public ArrayNode skippedInputs() {
    JsonNode s = export.path("skipped_inputs");
    return s.isArray() ? ((ArrayNode) s).deepCopy() : MAPPER.createArrayNode();
  }
}
