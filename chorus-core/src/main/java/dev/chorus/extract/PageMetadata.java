package dev.chorus.extract;

import java.util.Map;

/**
 * What a page says about itself; any field may be null. {@code sources} tells, per field name ({@code title},
 * {@code url}, {@code site}, {@code byline}, {@code language}, {@code published}, {@code modified}), where the value
 * was found: a meta tag ({@code meta:og:title}), {@code json-ld}, {@code itemprop}, {@code time}, {@code url},
 * {@code dateline}, an element ({@code h1}, {@code title}, {@code link:canonical}, {@code html:lang}).
 */
public record PageMetadata(
    String title,
    String url,
    String site,
    String byline,
    String language,
    String published,
    String publishedSource,
    String modified,
    String modifiedSource,
    Map<String, String> sources) {

  public PageMetadata {
    sources = sources == null ? Map.of() : Map.copyOf(sources);
  }

  public static PageMetadata none() {
    return new PageMetadata(null, null, null, null, null, null, null, null, null, Map.of());
  }

  /** Where a field's value came from, or null. */
  public String sourceOf(String field) {
    return sources.get(field);
  }
}
