package dev.chorus.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a page's own metadata: title, byline, site name, canonical URL, language, and publication and modification
 * dates (see {@link PublicationDates} for the order of date sources), each with where it was found. Sources per
 * field, first present wins: structured data written for machines (Open Graph, JSON-LD, meta tags) before visible
 * markup. Stateless and thread-safe.
 */
public final class HtmlMetadataReader {
  private static final int MAX_BYLINE_CHARS = 200;
  private static final Pattern BYLINE_PREFIX = Pattern.compile("(?i)^\\s*by\\s+");
  private static final Pattern BYLINE_TAIL = Pattern.compile(
      "(?i)\\s+[|•·]\\s|\\s@\\w|\\s(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? \\d|"
          + "\\s\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}|\\s(updated|published|posted)\\b");
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[-|–—:·]\\s+");
  private final PublicationDates dates = new PublicationDates();

  public PageMetadata read(Document doc, String baseUrl) {
    return read(doc, baseUrl, JsonLdArticle.of(doc));
  }

  /** As {@link #read(Document, String)}, with the page's JSON-LD article already parsed (may be null). */
  PageMetadata read(Document doc, String baseUrl, JsonLdArticle ld) {
    MetaTags meta = new MetaTags(doc);
    Map<String, String> sources = new HashMap<>();
    Picker pick = new Picker(sources);

    String title = pick.first("title",
        new Candidate("meta:og:title", meta.get("og:title")),
        new Candidate("json-ld", ld == null ? null : ld.headline()),
        new Candidate("meta:twitter:title", meta.get("twitter:title")),
        new Candidate("h1", textOf(doc.selectFirst("h1"))),
        new Candidate("title", doc.title()));
    String url = pick.first("url",
        new Candidate("link:canonical", absolute(doc.selectFirst("link[rel=canonical]"))),
        new Candidate("meta:og:url", http(meta.get("og:url"))),
        new Candidate("json-ld", ld == null ? null : ld.url()),
        new Candidate("input", baseUrl));
    String site = pick.first("site",
        new Candidate("meta:og:site_name", meta.get("og:site_name")),
        new Candidate("json-ld", ld == null ? null : ld.publisher()),
        new Candidate("meta:application-name", meta.get("application-name")),
        new Candidate("meta:publisher", meta.get("publisher")));
    String byline = pick.first("byline",
        new Candidate("json-ld", ld == null ? null : ld.authors()),
        new Candidate("meta:author", notUrl(meta.get("author"))),
        new Candidate("meta:article:author", notUrl(meta.get("article:author"))),
        new Candidate("meta:byl", meta.get("byl")),
        new Candidate("meta:parsely-author", meta.get("parsely-author")),
        new Candidate("meta:dc.creator", meta.get("dc.creator")),
        new Candidate("itemprop", shortText(doc.selectFirst("[itemprop=author]"))),
        new Candidate("rel:author", shortText(doc.selectFirst("a[rel=author]"))),
        new Candidate("byline", shortText(doc.selectFirst(".byline, .author-name, .byline__name"))));
    Element html = doc.selectFirst("html");
    String language = pick.first("language",
        new Candidate("html:lang", html == null ? null : html.attr("lang")),
        new Candidate("meta:content-language", meta.get("content-language")),
        new Candidate("json-ld", ld == null ? null : ld.text("inLanguage")),
        new Candidate("meta:og:locale", meta.get("og:locale")));

    String urlForDate = url != null ? url : baseUrl;
    PublicationDates.Found published = dates.published(doc, meta, ld, urlForDate);
    PublicationDates.Found modified = dates.modified(doc, meta, ld);
    if (published != null) {
      sources.put("published", published.source());
    }
    if (modified != null) {
      sources.put("modified", modified.source());
    }
    return new PageMetadata(withoutSiteSuffix(title, site), url, site, byline(byline), language == null ? null : language.replace('_', '-'),
        published == null ? null : published.date(), published == null ? null : published.source(),
        modified == null ? null : modified.date(), modified == null ? null : modified.source(), sources);
  }

  private record Candidate(String source, String value) {}

  /** Takes the first non-blank candidate of a field and notes its source. */
  private record Picker(Map<String, String> sources) {
    String first(String field, Candidate... candidates) {
      for (Candidate c : candidates) {
        String v = clean(c.value());
        if (v != null) {
          sources.put(field, c.source());
          return v;
        }
      }
      return null;
    }
  }

  private static String textOf(Element e) {
    return e == null ? null : e.text();
  }

  private static String shortText(Element e) {
    if (e == null) {
      return null;
    }
    String t = e.hasAttr("content") ? e.attr("content") : e.text();
    return t.length() <= MAX_BYLINE_CHARS ? t : null;
  }

  private static String absolute(Element link) {
    return link == null ? null : http(link.attr("abs:href"));
  }

  private static String http(String url) {
    return url != null && (url.startsWith("http://") || url.startsWith("https://")) ? url : null;
  }

  private static String notUrl(String value) {
    return value == null || value.startsWith("http") ? null : value;
  }

  /**
   * "By Jane Doe and John Roe | Nov 18, 2019 at 9:24 pm • 2 min read" as "Jane Doe and John Roe": byline elements
   * often carry the date, reading time and handles after the names.
   */
  static String byline(String value) {
    if (value == null) {
      return null;
    }
    String s = BYLINE_PREFIX.matcher(value).replaceFirst("");
    Matcher tail = BYLINE_TAIL.matcher(s);
    if (tail.find() && tail.start() > 0) {
      s = s.substring(0, tail.start());
    }
    s = s.strip();
    return s.isEmpty() ? null : s;
  }

  /** "Story title - Site" as "Story title" when the suffix is the site's name. */
  static String withoutSiteSuffix(String title, String site) {
    if (title == null || site == null) {
      return title;
    }
    Matcher m = TITLE_SEPARATOR.matcher(title);
    int cut = -1;
    while (m.find()) {
      if (title.substring(m.end()).strip().equalsIgnoreCase(site)) {
        cut = m.start();
        break;
      }
    }
    return cut > 0 ? title.substring(0, cut).strip() : title;
  }

  private static String clean(String s) {
    if (s == null) {
      return null;
    }
    String c = BlockSegmenter.normalise(s);
    return c.isEmpty() ? null : c;
  }
}
