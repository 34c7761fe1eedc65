package dev.chorus.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.ingest.IsoDates;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a page's own metadata: Open Graph and article meta tags, Dublin Core, schema.org microdata and JSON-LD,
 * and {@code <time>} elements. Published and modified dates are kept apart. Stateless and thread-safe.
 */
public final class HtmlMetadataReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  // Meta names for the publication date, most specific first (as used by news CMSs and by trafilatura's list).
  private static final List<String> PUBLISHED_META = List.of(
      "article:published_time", "og:published_time", "datepublished", "publishdate", "pubdate",
      "publication_date", "sailthru.date", "parsely-pub-date", "dc.date.issued", "dcterms.created", "dc.date",
      "date", "cxenseparse:recs:publishtime");
  private static final List<String> MODIFIED_META = List.of(
      "article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "last-modified");

  public PageMetadata read(Document doc, String baseUrl) {
    String published = null;
    String publishedSource = null;
    String modified = null;
    String modifiedSource = null;
    for (String name : PUBLISHED_META) {
      String v = date(meta(doc, name));
      if (v != null) {
        published = v;
        publishedSource = "meta:" + name;
        break;
      }
    }
    for (String name : MODIFIED_META) {
      String v = date(meta(doc, name));
      if (v != null) {
        modified = v;
        modifiedSource = "meta:" + name;
        break;
      }
    }
    JsonNode ld = jsonLdArticle(doc);
    if (published == null && ld != null) {
      published = date(text(ld, "datePublished"));
      publishedSource = published == null ? null : "json-ld";
    }
    if (modified == null && ld != null) {
      modified = date(text(ld, "dateModified"));
      modifiedSource = modified == null ? null : "json-ld";
    }
    if (published == null) {
      for (Element time : doc.select("time[datetime]")) {
        String v = date(time.attr("datetime"));
        if (v != null) {
          published = v;
          publishedSource = "time";
          break;
        }
      }
    }
    String title = firstNonBlank(meta(doc, "og:title"), ld == null ? null : text(ld, "headline"), doc.title());
    String url = firstNonBlank(attr(doc, "link[rel=canonical]", "abs:href"), meta(doc, "og:url"), baseUrl);
    String site = firstNonBlank(meta(doc, "og:site_name"), meta(doc, "application-name"));
    String byline = firstNonBlank(meta(doc, "author"), meta(doc, "article:author"),
        ld == null ? null : author(ld));
    String lang = firstNonBlank(doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang"),
        meta(doc, "og:locale"));
    return new PageMetadata(clean(title), url, clean(site), clean(byline), clean(lang), published, publishedSource,
        modified, modifiedSource);
  }

  static String date(String value) {
    return IsoDates.isoDay(value);
  }

  private static String meta(Document doc, String name) {
    for (Element m : doc.select("meta[content]")) {
      String key = firstNonBlank(m.attr("property"), m.attr("name"), m.attr("itemprop"), m.attr("http-equiv"));
      if (key != null && key.equalsIgnoreCase(name)) {
        String c = m.attr("content");
        if (!c.isBlank()) {
          return c;
        }
      }
    }
    return null;
  }

  private static String attr(Document doc, String css, String attr) {
    Element e = doc.selectFirst(css);
    if (e == null) {
      return null;
    }
    String v = e.attr(attr);
    return v.isBlank() ? null : v;
  }

  private static JsonNode jsonLdArticle(Document doc) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        JsonNode found = findArticle(JSON.readTree(script.data()), 0);
        if (found != null) {
          return found;
        }
      } catch (Exception malformed) {
        // pages often carry broken JSON-LD; the other sources still count
      }
    }
    return null;
  }

  private static JsonNode findArticle(JsonNode node, int depth) {
    if (node == null || depth > 6) {
      return null;
    }
    if (node.isArray()) {
      for (JsonNode n : node) {
        JsonNode f = findArticle(n, depth + 1);
        if (f != null) {
          return f;
        }
      }
      return null;
    }
    if (node.isObject()) {
      if (node.has("datePublished") || node.has("headline")) {
        return node;
      }
      return findArticle(node.get("@graph"), depth + 1);
    }
    return null;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || !v.isValueNode() ? null : v.asText();
  }

  private static String author(JsonNode ld) {
    JsonNode a = ld.get("author");
    if (a == null) {
      return null;
    }
    if (a.isArray() && a.size() > 0) {
      a = a.get(0);
    }
    return a.isObject() ? text(a, "name") : a.isValueNode() ? a.asText() : null;
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }

  private static String clean(String s) {
    return s == null ? null : s.replaceAll("\\s+", " ").strip();
  }
}
