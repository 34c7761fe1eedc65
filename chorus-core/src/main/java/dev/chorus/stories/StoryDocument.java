package dev.chorus.stories;

import java.util.Objects;

/** What story clustering needs of an article: its id and cleaned text (any string, hostile included). */
public record StoryDocument(String id, String text) {
  public StoryDocument {
    Objects.requireNonNull(id, "id");
    text = text == null ? "" : text;
  }
}
