package dev.chorus.ingest;

import dev.chorus.model.Article;

/** Where readers put what they read. Calls come from the reading thread, in input order. */
public interface ArticleSink {
  void accept(Article article);

  void skip(String input, String reason);

  /** True when an article with this id from this input is already in the workspace: readers may skip its work. */
  default boolean alreadyDone(String id, String input) {
    return false;
  }
}
