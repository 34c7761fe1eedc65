package dev.chorus.extract;

/**
 * What a page says about itself. Each date comes with where it was found (a meta tag's name, {@code json-ld},
 * {@code time}); any field may be null.
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
    String modifiedSource) {

  public static PageMetadata none() {
    return new PageMetadata(null, null, null, null, null, null, null, null, null);
  }
}
