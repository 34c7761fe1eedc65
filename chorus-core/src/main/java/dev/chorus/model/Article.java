package dev.chorus.model;

import java.util.List;
import java.util.Objects;

/**
 * One article as the pipeline knows it. Ingest fills the identity, metadata and {@code originalText};
 * stages return copies with more filled in ({@code text}, {@code removed}, {@code offsets}, {@code language},
 * {@code sentences}). {@code text} is the cleaned text every {@link Span} indexes.
 *
 * @param id stable id: the file name's stem, a JSONL {@code id}, or file#record for multi-article inputs
 * @param input where it came from (path, path#line, path#record)
 * @param format the reader that produced it: txt, html, jsonl, warc
 * @param published ISO-8601 date (yyyy-MM-dd) or null when unknown
 * @param publishedSource where the date came from (manifest, jsonl, meta tag name, json-ld, time), or null
 * @param html the raw HTML when the input was HTML, else null; dropped once extracted
 * @param contentHash hash of the cleaned text, for exact duplicates
 * @param duplicateOf id of an earlier article with the same cleaned content, or null
 * @param byline author(s) as the page gives them, or null
 * @param site outlet or site name as the page gives it, or null
 * @param modified ISO date the page says it was last modified, kept apart from {@code published}, or null
 * @param annotations what the annotate stage found (entities, quotes, dates, numbers), never null
 * @param inputOffsets when {@code originalText} was derived from the input (the visible blocks of an HTML page), the
 *     map of it back to the input as given; null when {@code originalText} is the input. Not stored: the workspace
 *     keeps {@code originalText}, to which {@code offsets} map. See {@link #inputMap()}.
 */
public record Article(
    String id,
    String input,
    String format,
    String source,
    String title,
    String url,
    String published,
    String publishedSource,
    boolean publishedInferred,
    String language,
    String html,
    String originalText,
    String text,
    List<Removal> removed,
    OffsetMap offsets,
    List<Sentence> sentences,
    String contentHash,
    String duplicateOf,
    String byline,
    String site,
    String modified,
    Annotations annotations,
    OffsetMap inputOffsets) {

  public Article {
    Objects.requireNonNull(id, "id");
    // stages build removals and sentences from bare texts: the article they belong to names itself in their spans
    removed = removed == null ? List.of() : removed.stream().map(r -> r.span().article() == null ? r.in(id) : r).toList();
    sentences = sentences == null ? List.of()
        : sentences.stream().map(s -> s.span().article() == null ? s.in(id) : s).toList();
    annotations = annotations == null ? Annotations.none() : annotations;
  }

  /** As the canonical constructor, for an article whose original text is its input. */
  public Article(String id, String input, String format, String source, String title, String url, String published,
      String publishedSource, boolean publishedInferred, String language, String html, String originalText,
      String text, List<Removal> removed, OffsetMap offsets, List<Sentence> sentences, String contentHash,
      String duplicateOf, String byline, String site, String modified, Annotations annotations) {
    this(id, input, format, source, title, url, published, publishedSource, publishedInferred, language, html,
        originalText, text, removed, offsets, sentences, contentHash, duplicateOf, byline, site, modified,
        annotations, null);
  }

  /**
   * The outlet that publishes the article, the one meaning of "source" in every finding: the source its input
   * names, else the site its page names, else the article's own id (an article of unknown outlet is a source of its
   * own, so two such articles are never taken for one outlet).
   */
  public String outlet() {
    // outletSql says the same over the articles table
    if (source != null && !source.isBlank()) {
      return source;
    }
    if (site != null && !site.isBlank()) {
      return site;
    }
    return id;
  }

  /**
   * {@link #outlet()} as an SQL expression over the workspace's {@code articles} table.
   *
   * @param alias the table's alias in the query, or "" when unqualified
   */
  public static String outletSql(String alias) {
    String p = alias.isEmpty() ? "" : alias + ".";
    return "coalesce(nullif(trim(" + p + "source), ''), nullif(trim(" + p + "site_name), ''), " + p + "id)";
  }

  /** A freshly read article: only identity, metadata and original text (or HTML) are known. */
  public static Article ingested(
      String id, String input, String format, String source, String title, String url,
      String published, String publishedSource, String language, String html, String originalText) {
    return new Article(id, input, format, source, title, url, published, publishedSource, false, language,
        html, originalText, null, List.of(), null, List.of(), null, null, null, null, null, null);
  }

  public Article withOriginalText(String originalText, String html) {
    return withOriginalText(originalText, html, inputOffsets);
  }

  /** The article with an original text derived from its input, and the map of that text back to the input. */
  public Article withOriginalText(String originalText, String html, OffsetMap inputOffsets) {
    return new Article(id, input, format, source, title, url, published, publishedSource, publishedInferred,
        language, html, originalText, text, removed, offsets, sentences, contentHash, duplicateOf, byline, site, modified,
        annotations, inputOffsets);
  }

  public Article withMetadata(String title, String url, String published, String publishedSource) {
    return new Article(id, input, format, source, title, url, published, publishedSource, publishedInferred,
        language, html, originalText, text, removed, offsets, sentences, contentHash, duplicateOf, byline, site, modified, annotations, inputOffsets);
  }

  public Article withCleanText(String text, List<Removal> removed, OffsetMap offsets, String contentHash) {
    return new Article(id, input, format, source, title, url, published, publishedSource, publishedInferred,
        language, html, originalText, text, removed, offsets, sentences, contentHash, duplicateOf, byline, site, modified, annotations, inputOffsets);
  }

  public Article withLanguage(String language) {
    return new Article(id, input, format, source, title, url, published, publishedSource, publishedInferred,
        language, html, originalText, text, removed, offsets, sentences, contentHash, duplicateOf, byline, site, modified, annotations, inputOffsets);
  }

  public Article withSentences(List<Sentence> sentences) {
    return new Article(id, input, format, source, title, url, published, publishedSource, publishedInferred,
        language, html, originalText, text, removed, offsets, sentences, contentHash, duplicateOf, byline, site, modified, annotations, inputOffsets);
  }

  public Article withDuplicateOf(String duplicateOf) {
    return new Article(id, input, format, source, title, url, published, publishedSource, publishedInferred,
        language, html, originalText, text, removed, offsets, sentences, contentHash, duplicateOf, byline, site, modified, annotations, inputOffsets);
  }

  public Article withPageInfo(String byline, String site, String modified) {
    return new Article(id, input, format, source, title, url, published, publishedSource, publishedInferred,
        language, html, originalText, text, removed, offsets, sentences, contentHash, duplicateOf, byline, site,
        modified, annotations, inputOffsets);
  }

  public Article withAnnotations(Annotations annotations) {
    return new Article(id, input, format, source, title, url, published, publishedSource, publishedInferred,
        language, html, originalText, text, removed, offsets, sentences, contentHash, duplicateOf, byline, site,
        modified, annotations, inputOffsets);
  }

  /** The article with a publication date inferred from its text (or corpus), and the basis of that inference. */
  public Article withInferredPublished(String published, String basis) {
    return new Article(id, input, format, source, title, url, published, basis, true,
        language, html, originalText, text, removed, offsets, sentences, contentHash, duplicateOf, byline, site,
        modified, annotations, inputOffsets);
  }

  /**
   * The map of the cleaned text back to the input as given: {@code offsets} composed with {@code inputOffsets} for
   * an article whose original text was derived from its input (HTML), else {@code offsets}; null before cleaning.
   */
  public OffsetMap inputMap() {
    return offsets == null || inputOffsets == null ? offsets : offsets.compose(inputOffsets);
  }

  /** The article with its outlet, when the input named none and the page or its URL does. */
  public Article withSource(String source) {
    return new Article(id, input, format, source, title, url, published, publishedSource, publishedInferred,
        language, html, originalText, text, removed, offsets, sentences, contentHash, duplicateOf, byline, site,
        modified, annotations);
  }

  /** The cleaned text of a span of this article. */
  public String textOf(Span span) {
    return text.substring(span.start(), span.end());
  }
}
