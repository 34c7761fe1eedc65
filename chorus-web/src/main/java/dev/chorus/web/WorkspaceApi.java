package dev.chorus.web;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chorus.export.ExportSection;
import dev.chorus.export.JsonExporter;
import dev.chorus.store.DuckDbWorkspace;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * The paged JSON the UI reads, so a page never needs the whole workspace: an overview, article metadata a page at a
 * time, one article with its text and annotations, and finding sections a page at a time with the text of every
 * evidence span attached. Articles come straight from DuckDB with prepared statements; each finding section is read
 * once through the stage's own {@link ExportSection} (which knows its shape) and kept, since findings are far
 * smaller than article texts. Callers hold the workspace lock: one JDBC connection serves all requests in turn.
 */
final class WorkspaceApi {
  /** The largest page a client may ask for. */
  static final int MAX_LIMIT = 500;
  /** Evidence snippets are clipped: a list shows the start of a span, the article shows all of it. */
  static final int SNIPPET_CHARS = 400;
  /** Findings shown on the overview before "all →". */
  static final int OVERVIEW_TOP = 5;
  static final int OVERVIEW_CONFLICTS = 20;
  /** Sources on the overview, with the first few article ids of each. */
  static final int OVERVIEW_SOURCES = 200;
  static final int IDS_PER_SOURCE = 12;
  /** Rows per {@code IN (...)} lookup. */
  private static final int IN_CHUNK = 200;

  /**
   * The table holding one row per element of each section (the sections export every row), so the overview counts
   * with SQL instead of reading the sections.
   */
  static final Map<String, String> COUNTED_BY = Map.of("entities", "entities", "quotes", "quotes",
      "time_expressions", "time_expressions", "claims", "claims", "comparisons", "comparisons", "reuse", "reuse_links",
      "talking_points", "talking_points", "timeline", "timeline_events", "residue", "removed_spans",
      "framing", "framing_terms");

  /**
   * Flat sections, one table row per element (the largest: a few per article), paged straight from their tables in
   * the shape their export sections write, so they are never read whole.
   */
  static final Map<String, String> PAGED_BY_SQL = Map.of(
      "quotes", "SELECT article_id AS article, start, \"end\", text, speaker, speaker_entity FROM quotes"
          + " ORDER BY article_id, start LIMIT ? OFFSET ?",
      "time_expressions", "SELECT article_id AS article, start, \"end\", text, value, lower(precision) AS precision,"
          + " reference FROM time_expressions ORDER BY article_id, start LIMIT ? OFFSET ?");

  private final ObjectMapper mapper = new ObjectMapper();
  private final DuckDbWorkspace workspace;
  private final Map<String, ArrayNode> sections = new HashMap<>();

  WorkspaceApi(DuckDbWorkspace workspace) {
    this.workspace = workspace;
  }

  private Connection conn() {
    return workspace.connection();
  }

  /** Whether the name is a section the API pages over ({@code residue} included). */
  static boolean isSection(String name) {
    return "residue".equals(name) || JsonExporter.FINDING_SECTIONS.contains(name);
  }

  // ---- overview ---------------------------------------------------------------------------------------------

  ObjectNode overview() throws SQLException {
    ObjectNode out = mapper.createObjectNode();
    try (PreparedStatement ps = conn().prepareStatement("""
        SELECT count(*), count(DISTINCT coalesce(source, id)),
               CAST(min(published) AS VARCHAR), CAST(max(published) AS VARCHAR),
               arg_min(published_inferred, published), arg_max(published_inferred, published)
        FROM articles""");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      out.put("article_count", rs.getLong(1));
      out.put("sources_count", rs.getLong(2));
      out.put("first_published", rs.getString(3));
      out.put("first_inferred", rs.getBoolean(5));
      out.put("last_published", rs.getString(4));
      out.put("last_inferred", rs.getBoolean(6));
    }
    ArrayNode sources = sources();
    out.set("sources", sources);
    ObjectNode counts = out.putObject("counts");
    for (String name : JsonExporter.FINDING_SECTIONS) {
      counts.put(name, total(name));
    }
    counts.put("residue", total("residue"));
    ArrayNode conflicts = mapper.createArrayNode();
    ArrayNode agreements = mapper.createArrayNode();
    long comparisons = total("comparisons");
    if (comparisons > 0) {
      for (JsonNode c : section("comparisons")) {
        boolean conflict = "conflict".equals(c.path("verdict").asText());
        ArrayNode into = conflict ? conflicts : agreements;
        if (into.size() < (conflict ? OVERVIEW_CONFLICTS : OVERVIEW_TOP)) {
          into.add(c.deepCopy());
        }
      }
    }
    long conflictCount = count("SELECT count(*) FROM comparisons WHERE verdict = 'conflict'");
    counts.put("conflicts", conflictCount);
    counts.put("agreements", count("SELECT count(*) FROM comparisons WHERE verdict = 'agree'"));
    counts.put("agreements_shown_of", comparisons - conflictCount);
    counts.put("single_source", count(SINGLE_SOURCE_GROUPS));
    ArrayNode tps = mapper.createArrayNode();
    if (total("talking_points") > 0) {
      section("talking_points").forEach(tp -> {
        if (tps.size() < OVERVIEW_TOP) {
          tps.add(tp.deepCopy());
        }
      });
    }
    out.set("conflicts", conflicts);
    out.set("agreements", agreements);
    out.set("talking_points", tps);
    out.set("removals", page("residue", 0, 8).get("items"));
    ArrayNode skipped = out.putArray("skipped_inputs");
    workspace.skippedInputs().forEach(s -> skipped.addObject().put("input", s.input()).put("reason", s.reason()));
    List<JsonNode> shown = new ArrayList<>();
    conflicts.forEach(shown::add);
    agreements.forEach(shown::add);
    tps.forEach(shown::add);
    decorate(shown, out);
    // The sources table links its first articles by outlet: their metadata too.
    Set<String> ids = new LinkedHashSet<>();
    sources.forEach(src -> src.get("ids").forEach(id -> ids.add(id.asText())));
    out.get("removals").forEach(r -> ids.add(r.get("article").asText()));
    lookUp(ids, Set.of(), (ObjectNode) out.get("articles"), new HashMap<>());
    return out;
  }

  /** Sources in order of first publication, each with its count, dates (inferred ones marked) and first ids. */
  private ArrayNode sources() throws SQLException {
    ArrayNode out = mapper.createArrayNode();
    try (PreparedStatement ps = conn().prepareStatement("""
        SELECT coalesce(source, id) AS s, count(*),
               CAST(min(published) AS VARCHAR), CAST(max(published) AS VARCHAR),
               arg_min(published_inferred, published), arg_max(published_inferred, published),
               string_agg(DISTINCT language, ', ' ORDER BY language),
               list(id ORDER BY published NULLS LAST, id)[1:?]
        FROM articles GROUP BY s ORDER BY min(published) NULLS LAST, s LIMIT ?""")) {
      ps.setInt(1, IDS_PER_SOURCE);
      ps.setInt(2, OVERVIEW_SOURCES);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ObjectNode s = out.addObject();
          s.put("source", rs.getString(1));
          s.put("articles", rs.getLong(2));
          s.put("first", rs.getString(3));
          s.put("last", rs.getString(4));
          s.put("first_inferred", rs.getBoolean(5));
          s.put("last_inferred", rs.getBoolean(6));
          s.put("languages", rs.getString(7));
          ArrayNode ids = s.putArray("ids");
          Object[] array = (Object[]) rs.getArray(8).getArray();
          for (Object id : array) {
            ids.add(String.valueOf(id));
          }
        }
      }
    }
    return out;
  }

  /**
   * Claim groups as the claims view forms them (claims by key, else one per claim; a comparison whose key no claim
   * has is a group of its own) that no comparison found in agreement, conflict or compatible and that have at most
   * one article: the groups listed as single-source.
   */
  static final String SINGLE_SOURCE_GROUPS = """
      WITH g AS (SELECT coalesce(nullif(key, ''), 'claim ' || claim_id) AS k, count(DISTINCT article_id) AS n
                 FROM claims GROUP BY k),
           c AS (SELECT coalesce(key, 'null') AS k, bool_or(verdict IN ('conflict', 'agree', 'compatible')) AS compared
                 FROM comparisons GROUP BY k)
      SELECT count(*) FROM g FULL OUTER JOIN c USING (k)
      WHERE coalesce(n, 0) <= 1 AND NOT coalesce(compared, false)""";

  /** How many elements a section has, counted in its table. */
  private long total(String name) throws SQLException {
    String table = COUNTED_BY.get(name);
    return table == null ? section(name).size() : count("SELECT count(*) FROM " + table);
  }

  // ---- articles ---------------------------------------------------------------------------------------------

  /** Article metadata in time order (undated last), no texts. */
  ObjectNode articles(int offset, int limit) throws SQLException {
    ObjectNode out = mapper.createObjectNode();
    out.put("total", count("SELECT count(*) FROM articles"));
    out.put("offset", offset);
    ArrayNode items = out.putArray("items");
    try (PreparedStatement ps = conn().prepareStatement("""
        SELECT a.id, a.source, a.title, a.language, CAST(a.published AS VARCHAR), a.published_inferred,
               a.duplicate_of, a.url, (SELECT count(*) FROM removed_spans r WHERE r.article_id = a.id)
        FROM articles a ORDER BY a.published NULLS LAST, a.id LIMIT ? OFFSET ?""")) {
      ps.setInt(1, limit);
      ps.setLong(2, offset);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ObjectNode a = items.addObject();
          a.put("id", rs.getString(1));
          a.put("source", rs.getString(2));
          a.put("title", rs.getString(3));
          a.put("language", rs.getString(4));
          a.put("published", rs.getString(5));
          a.put("published_inferred", rs.getBoolean(6));
          a.put("duplicate_of", rs.getString(7));
          a.put("url", rs.getString(8));
          a.put("removed_count", rs.getInt(9));
        }
      }
    }
    return out;
  }

  /** One article with its texts, removals, offset map, sentences and the annotations inside it; null if unknown. */
  ObjectNode article(String id) throws SQLException {
    ObjectNode a = mapper.createObjectNode();
    try (PreparedStatement ps = conn().prepareStatement("""
        SELECT a.id, a.source, a.title, a.url, CAST(a.published AS VARCHAR), a.published_inferred, a.language,
               a.text, o.text, a.duplicate_of, a.byline, a.site_name, a.published_source
        FROM articles a LEFT JOIN original_texts o ON o.article_id = a.id WHERE a.id = ?""")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return null;
        }
        a.put("id", rs.getString(1));
        a.put("source", rs.getString(2));
        a.put("title", rs.getString(3));
        a.put("url", rs.getString(4));
        a.put("published", rs.getString(5));
        a.put("published_inferred", rs.getBoolean(6));
        a.put("language", rs.getString(7));
        a.put("text", rs.getString(8));
        a.put("original_text", rs.getString(9));
        a.put("duplicate_of", rs.getString(10));
        a.put("byline", rs.getString(11));
        a.put("published_source", rs.getString(13));
        a.put("site", rs.getString(12));
      }
    }
    a.set("removed", rows("SELECT start, \"end\", text, reason FROM removed_spans WHERE article_id = ? ORDER BY start",
        id, "start", "end", "text", "reason"));
    a.set("sentences", rows("SELECT start, \"end\", paragraph FROM sentences WHERE article_id = ? ORDER BY idx",
        id, "start", "end", "paragraph"));
    ArrayNode map = a.putArray("offset_map");
    try (PreparedStatement ps = conn().prepareStatement("SELECT clean_start, original_start, length"
        + " FROM offset_segments WHERE article_id = ? ORDER BY clean_start")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          map.addArray().add(rs.getInt(1)).add(rs.getInt(2)).add(rs.getInt(3));
        }
      }
    }
    ObjectNode ann = a.putObject("annotations");
    ann.set("entities", rows("""
        SELECT m.start, m."end", e.name, e.type FROM entity_mentions m JOIN entities e ON e.id = m.entity_id
        WHERE m.article_id = ? ORDER BY m.start""", id, "start", "end", "name", "type"));
    ann.set("claims", rows("""
        SELECT start, "end", text, value, low, high, qualifier, counted, predicate, speaker FROM claims
        WHERE article_id = ? ORDER BY start""", id,
        "start", "end", "text", "value", "low", "high", "qualifier", "counted", "predicate", "speaker"));
    ann.set("quotes", rows("SELECT start, \"end\", speaker FROM quotes WHERE article_id = ? ORDER BY start",
        id, "start", "end", "speaker"));
    return a;
  }

  // ---- findings ---------------------------------------------------------------------------------------------

  /** A page of one section, every evidence span with its snippet, and the metadata of the articles it names. */
  ObjectNode page(String name, int offset, int limit) throws SQLException {
    ObjectNode out = mapper.createObjectNode();
    out.put("offset", offset);
    ArrayNode items = out.putArray("items");
    if ("residue".equals(name)) {
      out.put("total", count("SELECT count(*) FROM removed_spans"));
      try (PreparedStatement ps = conn().prepareStatement("SELECT article_id, start, \"end\", text, reason"
          + " FROM removed_spans ORDER BY article_id, start LIMIT ? OFFSET ?")) {
        ps.setInt(1, limit);
        ps.setLong(2, offset);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            ObjectNode f = items.addObject();
            f.put("article", rs.getString(1));
            f.putObject("removal").put("start", rs.getInt(2)).put("end", rs.getInt(3))
                .put("text", rs.getString(4)).put("reason", rs.getString(5));
          }
        }
      }
    } else if (PAGED_BY_SQL.containsKey(name)) {
      out.put("total", total(name));
      try (PreparedStatement ps = conn().prepareStatement(PAGED_BY_SQL.get(name))) {
        ps.setInt(1, limit);
        ps.setLong(2, offset);
        try (ResultSet rs = ps.executeQuery()) {
          ResultSetMetaData md = rs.getMetaData();
          while (rs.next()) {
            ObjectNode row = items.addObject();
            for (int i = 1; i <= md.getColumnCount(); i++) {
              put(row, md.getColumnLabel(i), rs.getObject(i));
            }
          }
        }
      }
    } else {
      ArrayNode all = section(name);
      out.put("total", all.size());
      for (int i = offset; i < all.size() && i < (long) offset + limit; i++) {
        items.add(all.get(i).deepCopy());
      }
    }
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
  private void decorate(List<JsonNode> findings, ObjectNode out) throws SQLException {
    Set<String> named = new LinkedHashSet<>();
    List<ObjectNode> spans = new ArrayList<>();
    Set<String> claimIds = new LinkedHashSet<>();
    for (JsonNode f : findings) {
      collect(f, named, spans);
      if (f.has("verdict") && f.path("claims").isArray()) {
        f.get("claims").forEach(c -> claimIds.add(c.asText()));
      }
    }
    ArrayNode claims = out.putArray("claims");
    if (!claimIds.isEmpty()) {
      for (JsonNode c : section("claims")) {
        if (claimIds.contains(c.path("id").asText())) {
          ObjectNode copy = c.deepCopy();
          claims.add(copy);
          collect(copy, named, spans);
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
    ObjectNode meta = out.putObject("articles");
    lookUp(named, withText, meta, texts);
    for (ObjectNode s : spans) {
      if (s.has("a_start")) {
        s.put("a_snippet", snippet(texts.get(s.get("a").asText()), s.get("a_start").asInt(), s.get("a_end").asInt()));
        s.put("b_snippet", snippet(texts.get(s.get("b").asText()), s.get("b_start").asInt(), s.get("b_end").asInt()));
        s.remove("a");
        s.remove("b");
      } else {
        s.put("snippet", snippet(texts.get(s.get("article").asText()), s.get("start").asInt(), s.get("end").asInt()));
      }
    }
  }

  /** Walks a finding for article ids and evidence spans (objects with article, start and end). */
  private static void collect(JsonNode v, Set<String> named, List<ObjectNode> spans) {
    if (v.isArray()) {
      v.forEach(x -> collect(x, named, spans));
      return;
    }
    if (!v.isObject()) {
      return;
    }
    ObjectNode o = (ObjectNode) v;
    if (o.path("article").isTextual() && o.path("start").isInt() && o.path("end").isInt()) {
      spans.add(o);
    }
    for (String k : List.of("article", "a", "b", "earlier", "first")) {
      if (o.path(k).isTextual()) {
        named.add(o.get(k).asText());
      }
    }
    if (o.path("articles").isArray()) {
      o.get("articles").forEach(x -> {
        if (x.isTextual()) {
          named.add(x.asText());
        }
      });
    }
    if (o.path("passages").isArray() && o.path("a").isTextual() && o.path("b").isTextual()) {
      for (JsonNode p : o.get("passages")) {
        if (p.isObject()) {
          // Passages carry no article ids of their own; keep them while snippets are attached.
          ((ObjectNode) p).put("a", o.get("a").asText()).put("b", o.get("b").asText());
          spans.add((ObjectNode) p);
        }
      }
    }
    o.fields().forEachRemaining(e -> {
      if (e.getValue().isContainerNode() && !e.getKey().equals("passages")) {
        collect(e.getValue(), named, spans);
      }
    });
  }

  /** Metadata of the named articles, and the cleaned text of those whose spans need snippets. */
  private void lookUp(Collection<String> ids, Set<String> withText, ObjectNode meta, Map<String, String> texts)
      throws SQLException {
    Set<String> unique = new LinkedHashSet<>(ids);
    unique.addAll(withText);
    List<String> all = new ArrayList<>(unique);
    for (int from = 0; from < all.size(); from += IN_CHUNK) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + IN_CHUNK));
      String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
      try (PreparedStatement ps = conn().prepareStatement("SELECT id, source, title, CAST(published AS VARCHAR),"
          + " published_inferred, text FROM articles WHERE id IN (" + marks + ")")) {
        for (int i = 0; i < chunk.size(); i++) {
          ps.setString(i + 1, chunk.get(i));
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            String id = rs.getString(1);
            meta.putObject(id).put("id", id).put("source", rs.getString(2)).put("title", rs.getString(3))
                .put("published", rs.getString(4)).put("published_inferred", rs.getBoolean(5));
            if (withText.contains(id)) {
              texts.put(id, rs.getString(6));
            }
          }
        }
      }
    }
  }

  static String snippet(String text, int start, int end) {
    if (text == null || start < 0 || end > text.length() || start >= end) {
      return null;
    }
    return end - start <= SNIPPET_CHARS ? text.substring(start, end) : text.substring(start, start + SNIPPET_CHARS);
  }

  /** One finding section as the export writes it, read once. */
  private ArrayNode section(String name) {
    ArrayNode cached = sections.get(name);
    if (cached != null) {
      return cached;
    }
    ArrayNode loaded = mapper.createArrayNode();
    for (ExportSection s : ServiceLoader.load(ExportSection.class)) {
      if (s.name().equals(name)) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (JsonGenerator g = mapper.getFactory().createGenerator(buf, JsonEncoding.UTF8)) {
          g.writeStartArray();
          s.writeElements(workspace, g);
          g.writeEndArray();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        try {
          loaded = (ArrayNode) mapper.readTree(buf.toByteArray());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    sections.put(name, loaded);
    return loaded;
  }

  private long count(String sql) throws SQLException {
    try (PreparedStatement ps = conn().prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private ArrayNode rows(String sql, String id, String... names) throws SQLException {
    ArrayNode out = mapper.createArrayNode();
    try (PreparedStatement ps = conn().prepareStatement(sql)) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ObjectNode row = out.addObject();
          for (int i = 0; i < names.length; i++) {
            put(row, names[i], rs.getObject(i + 1));
          }
        }
      }
    }
    return out;
  }

  /** A column value as the JSON type the export uses (numbers stay numbers, so spans are recognised). */
  private static void put(ObjectNode row, String name, Object v) {
    if (v == null) {
      row.putNull(name);
    } else if (v instanceof Integer i) {
      row.put(name, i);
    } else if (v instanceof Long l) {
      row.put(name, l);
    } else if (v instanceof Number n) {
      row.put(name, n.doubleValue());
    } else if (v instanceof Boolean b) {
      row.put(name, b);
    } else {
      row.put(name, v.toString());
    }
  }

  String json(JsonNode node) {
    try {
      return mapper.writeValueAsString(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
