package dev.chorus.stories;

import java.util.List;

/**
 * One story: articles about the same event.
 *
 * @param id {@code story-1}, {@code story-2}, … largest story first
 * @param label the story's most distinctive words, space-separated (empty when its articles have none)
 * @param articles its article ids, sorted
 */
public record Story(String id, String label, List<String> articles) {
  public Story {
    articles = List.copyOf(articles);
  }
}
