package dev.chorus.extract;

/** Finds the story in an HTML page. Implementations are thread-safe and never throw on malformed HTML. */
public interface MainTextExtractor {
  /**
   * @param html the page
   * @param baseUrl the page's URL when known (resolves relative links), else null
   */
  ExtractedPage extract(String html, String baseUrl);
}
