package dev.chorus.reuse;

import dev.chorus.model.Span;
import java.util.List;

/**
 * Sentences from at least two sources that say the same thing.
 *
 * @param summary the representative sentence's text (the member closest to all others)
 * @param representative the span of that sentence
 * @param articles distinct article ids, sorted
 * @param members every sentence of the group, by article then offset
 * @param first id of the article that published it first, {@value Direction#SAME_DAY} or {@value Direction#UNDETERMINED}
 */
public record TalkingPoint(String id, String summary, Span representative, List<String> articles, List<Span> members,
    String first) {
  public TalkingPoint {
    articles = List.copyOf(articles);
    members = List.copyOf(members);
  }
}
