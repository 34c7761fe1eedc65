package dev.chorus.extract;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The schema.org article a page describes in JSON-LD ({@code <script type="application/ld+json">}): the first object
 * typed as an article (NewsArticle, BlogPosting, ReportageNewsArticle…), looked for in arrays and {@code @graph}s;
 * failing that, the first object with a {@code datePublished}. Broken JSON is skipped.
 */
final class JsonLdArticle {
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS) // raw newlines in articleBody are common
      .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
      .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
      .build();
  /** Nesting searched for the article object: real pages nest it two or three levels deep. */
  private static final int MAX_DEPTH = 8;

  private final JsonNode node;
  private final JsonNode publisherOfPage;

  private JsonLdArticle(JsonNode node, JsonNode publisherOfPage) {
    this.node = node;
    this.publisherOfPage = publisherOfPage;
  }

  /** The page's article, or null when its JSON-LD has none. */
  static JsonLdArticle of(Document doc) {
    JsonNode typed = null;
    JsonNode dated = null;
    JsonNode organisation = null;
    for (Element script : doc.select("script[type=application/ld+json]")) {
      JsonNode root;
      try {
        root = JSON.readTree(script.data());
      } catch (Exception malformed) {
        continue; // pages often carry broken JSON-LD; the other sources still count
      }
      List<JsonNode> objects = new ArrayList<>();
      collectObjects(root, objects);
      for (JsonNode o : objects) {
        String type = o.path("@type").toString().toLowerCase(Locale.ROOT);
        if (typed == null && (type.contains("article") || type.contains("posting") || type.contains("report"))) {
          typed = o;
        }
        if (dated == null && o.has("datePublished")) {
          dated = o;
        }
        if (organisation == null && (type.contains("organization") || type.contains("website"))
            && o.path("name").isTextual()) {
          organisation = o;
        }
      }
    }
    JsonNode article = typed != null ? typed : dated;
    return article == null ? null : new JsonLdArticle(article, organisation);
  }

  /** Objects in page order, iteratively (hostile JSON can nest deeply). */
  private static void collectObjects(JsonNode root, List<JsonNode> out) {
    List<JsonNode> level = List.of(root);
    for (int d = 0; d < MAX_DEPTH && !level.isEmpty(); d++) {
      List<JsonNode> next = new ArrayList<>();
      for (JsonNode n : level) {
        if (n.isArray()) {
          n.forEach(next::add);
        } else if (n.isObject()) {
          out.add(n);
          if (n.has("@graph")) {
            next.add(n.get("@graph"));
          }
        }
      }
      level = next;
    }
  }

  String text(String field) {
    JsonNode v = node.get(field);
    if (v == null) {
      return null;
    }
    if (v.isArray() && v.size() > 0) {
      v = v.get(0);
    }
    return v.isValueNode() && !v.asText().isBlank() ? v.asText() : null;
  }

  /** The article's full text as the page gives it to machines, whitespace-collapsed, or null. */
  String articleBody() {
    String body = text("articleBody");
    return body == null ? null : BlockSegmenter.normalise(Parser.unescapeEntities(body, false));
  }

  String headline() {
    String h = text("headline");
    return h != null ? h : text("name");
  }

  /** Author names joined by ", ", or null. */
  String authors() {
    JsonNode a = node.get("author");
    if (a == null) {
      return null;
    }
    List<String> names = new ArrayList<>();
    for (JsonNode one : a.isArray() ? a : List.of(a)) {
      String name = one.isObject() ? one.path("name").asText("") : one.isTextual() ? one.asText() : "";
      if (!name.isBlank() && !name.startsWith("http")) {
        names.add(name.strip());
      }
    }
    return names.isEmpty() ? null : String.join(", ", names);
  }

  String publisher() {
    JsonNode p = node.get("publisher");
    if (p != null && p.isArray() && p.size() > 0) {
      p = p.get(0);
    }
    if (p != null && p.path("name").isTextual()) {
      return p.path("name").asText();
    }
    return publisherOfPage == null ? null : publisherOfPage.path("name").asText(null);
  }

  String url() {
    String u = text("url");
    if (u == null) {
      JsonNode main = node.get("mainEntityOfPage");
      if (main != null) {
        u = main.isTextual() ? main.asText() : main.path("@id").asText(null);
      }
    }
    return u != null && u.startsWith("http") ? u : null;
  }
}
