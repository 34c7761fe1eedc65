package dev.chorus.annotate;

import dev.chorus.model.Mention;
import dev.chorus.model.NumberMention;
import dev.chorus.model.Quote;
import dev.chorus.model.Sentence;
import dev.chorus.model.TimeExpression;
import java.util.List;

/**
 * What claims and the timeline are read from, for one article: its cleaned text and sentences and what the annotate
 * stage found in it.
 *
 * @param source who publishes it (outlet, site, or the article id when neither is known): the speaker of claims
 *     not inside a quote
 * @param reported the article's (published or inferred) date, ISO, or null
 */
public record ArticleFacts(
    String id, String text, String source, String reported, List<Sentence> sentences, List<NumberMention> numbers,
    List<Quote> quotes, List<Mention> mentions, List<TimeExpression> times) {
  public ArticleFacts {
    text = text == null ? "" : text;
    sentences = sentences == null ? List.of() : List.copyOf(sentences);
    numbers = numbers == null ? List.of() : List.copyOf(numbers);
    quotes = quotes == null ? List.of() : List.copyOf(quotes);
    mentions = mentions == null ? List.of() : List.copyOf(mentions);
    times = times == null ? List.of() : List.copyOf(times);
  }
}
