package dev.chorus.reuse;

import dev.chorus.model.Sentence;
import java.util.List;
import java.util.Objects;

/**
 * What reuse detection needs of an article.
 *
 * @param source the outlet, or the article id when the outlet is unknown: talking points need two sources
 * @param published ISO date or null
 * @param text the cleaned text every offset indexes
 */
public record ReuseDocument(String id, String source, String published, String text, List<Sentence> sentences) {
  public ReuseDocument {
    Objects.requireNonNull(id, "id");
    text = text == null ? "" : text;
    source = source == null || source.isBlank() ? id : source;
    sentences = sentences == null ? List.of() : List.copyOf(sentences);
  }
}
