package dev.chorus.extract;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds when a page was published and, apart, when it was last modified. Sources are tried in this order and the
 * first plausible date wins:
 * <ol>
 *   <li>JSON-LD: the article object's {@code datePublished}. It wins over meta tags when they disagree because it is
 *       a typed property of the article itself (the field search engines check against the visible date), whereas
 *       meta tags are often written by generic SEO plugins that put the page's update time in published fields;</li>
 *   <li>meta tags ({@code article:published_time}, Dublin Core, Parse.ly, Sailthru…), most specific first;</li>
 *   <li>microdata: an element with {@code itemprop=datePublished};</li>
 *   <li>{@code <time datetime>}: one marked {@code pubdate} or named as published, else the first;</li>
 *   <li>a date path in the page's URL ({@code /2022/01/06/});</li>
 *   <li>a visible dateline: a date written out in a short element named date, time, published or byline.</li>
 * </ol>
 * Stateless and thread-safe.
 */
final class PublicationDates {
  /** A date and where it was found. */
  record Found(String date, String source) {}

  // Meta names for the publication date, most specific first (news CMSs; the list htmldate and trafilatura use).
  private static final List<String> PUBLISHED_META = List.of(
      "article:published_time", "og:published_time", "og:article:published_time", "datepublished",
      "article.published", "published_time", "publishdate", "publish-date", "pubdate", "publication_date",
      "sailthru.date", "parsely-pub-date", "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created",
      "dc.date", "dcterms.date", "date", "cxenseparse:recs:publishtime", "article:post_date");
  private static final List<String> MODIFIED_META = List.of(
      "article:modified_time", "og:updated_time", "og:article:modified_time", "datemodified", "dcterms.modified",
      "dc.date.modified", "last-modified", "lastmod");
  /** Visible text longer than this is prose, not a dateline. */
  private static final int MAX_DATELINE_CHARS = 120;
  /** Date-named elements read for a dateline: bounds the work on hostile pages that name everything "date". */
  private static final int MAX_DATELINE_ELEMENTS = 40;

  Found published(Document doc, MetaTags meta, JsonLdArticle ld, String url) {
    // 1. JSON-LD
    if (ld != null) {
      String d = DateText.fromMarkup(ld.text("datePublished"));
      if (d != null) {
        return new Found(d, "json-ld");
      }
    }
    // 2. meta tags
    for (String name : PUBLISHED_META) {
      String d = DateText.fromMarkup(meta.get(name));
      if (d != null) {
        return new Found(d, "meta:" + name);
      }
    }
    // 3. microdata
    for (Element e : doc.getElementsByAttributeValue("itemprop", "datePublished")) {
      String d = DateText.fromMarkup(firstNonBlank(e.attr("datetime"), e.attr("content"), e.text()));
      if (d == null) {
        d = DateText.fromVisibleText(e.text());
      }
      if (d != null) {
        return new Found(d, "itemprop");
      }
    }
    // 4. <time>
    Found time = timeElement(doc);
    if (time != null) {
      return time;
    }
    // 5. URL
    String d = DateText.fromUrl(url);
    if (d != null) {
      return new Found(d, "url");
    }
    // 6. visible dateline
    int checked = 0;
    for (Element e : doc.body() == null ? List.<Element>of() : doc.body().getAllElements()) {
      if (checked >= MAX_DATELINE_ELEMENTS) {
        break;
      }
      String names = BlockSegmenter.classAndId(e).toLowerCase(Locale.ROOT);
      if (names.isEmpty() || !(names.contains("date") || names.contains("time") || names.contains("publish")
          || names.contains("posted") || names.contains("byline"))) {
        continue;
      }
      checked++;
      String text = e.text();
      if (text.length() <= MAX_DATELINE_CHARS && !text.toLowerCase(Locale.ROOT).contains("updated")) {
        d = DateText.fromVisibleText(text);
        if (d != null) {
          return new Found(d, "dateline");
        }
      }
    }
    return null;
  }

  Found modified(Document doc, MetaTags meta, JsonLdArticle ld) {
    if (ld != null) {
      String d = DateText.fromMarkup(ld.text("dateModified"));
      if (d != null) {
        return new Found(d, "json-ld");
      }
    }
    for (String name : MODIFIED_META) {
      String d = DateText.fromMarkup(meta.get(name));
      if (d != null) {
        return new Found(d, "meta:" + name);
      }
    }
    for (Element e : doc.getElementsByAttributeValue("itemprop", "dateModified")) {
      String d = DateText.fromMarkup(firstNonBlank(e.attr("datetime"), e.attr("content"), e.text()));
      if (d != null) {
        return new Found(d, "itemprop");
      }
    }
    return null;
  }

  private static Found timeElement(Document doc) {
    String first = null;
    for (Element t : doc.getElementsByTag("time")) {
      String d = DateText.fromMarkup(t.attr("datetime"));
      if (d == null) {
        continue;
      }
      String names = (BlockSegmenter.classAndId(t) + " " + (t.parent() == null ? "" : t.parent().className())).toLowerCase(Locale.ROOT);
      if (t.hasAttr("pubdate") || names.contains("publish") || names.contains("posted")) {
        return new Found(d, "time");
      }
      if (first == null && !names.contains("updat") && !names.contains("modif")) {
        first = d;
      }
    }
    return first == null ? null : new Found(first, "time");
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }
}
