package dev.chorus.testing;

import dev.chorus.annotate.ArticleFacts;
import dev.chorus.model.Mention;
import dev.chorus.model.NumberMention;
import dev.chorus.model.Quote;
import dev.chorus.model.Sentence;
import dev.chorus.model.Span;
import dev.chorus.model.TimeExpression.Precision;
import dev.chorus.model.TimeExpression.Reference;
import dev.chorus.model.TimeExpression;
import java.util.ArrayList;
import java.util.List;

/** Hand-written article facts: the text, its sentences (split after ". "), and annotations as the annotate stage gives them. */
public final class Facts {
  private final String id;
  private final String text;
  private final List<NumberMention> numbers = new ArrayList<>();
  private final List<Quote> quotes = new ArrayList<>();
  private final List<Mention> mentions = new ArrayList<>();
  private final List<TimeExpression> times = new ArrayList<>();
  private String reported = "2022-01-10";

  private Facts(String id, String text) {
    this.id = id;
    this.text = text;
  }

  public static Facts article(String id, String text) {
    return new Facts(id, text);
  }

  /** A number: {@code phrase} is the whole span (hedge, figure, counted noun phrase) as written in the text. */
  public Facts number(String phrase, String figure, double value, String qualifier, String counted) {
    int start = at(phrase);
    numbers.add(new NumberMention(new Span(id, start, start + phrase.length()), figure, value, qualifier, counted, null));
    return this;
  }

  public Facts quote(String words, String speaker) {
    int start = at(words);
    quotes.add(new Quote(new Span(id, start, start + words.length()), words, speaker, null, null));
    return this;
  }

  public Facts mention(String name) {
    int start = at(name);
    mentions.add(new Mention(new Span(id, start, start + name.length()), name, dev.chorus.model.EntityType.ORGANIZATION));
    return this;
  }

  /** A resolved day, as written ("January 2", raw XXXX-01-02). */
  public Facts day(String written, String raw, String iso) {
    int start = at(written);
    times.add(new TimeExpression(new Span(id, start, start + written.length()), written, iso, Precision.DAY, iso, iso,
        Reference.PUBLISHED, raw));
    return this;
  }

  public Facts range(String written, String raw, String first, String last) {
    int start = at(written);
    times.add(new TimeExpression(new Span(id, start, start + written.length()), written, first + "/" + last,
        Precision.RANGE, first, last, Reference.PUBLISHED, raw));
    return this;
  }

  public Facts reported(String iso) {
    this.reported = iso;
    return this;
  }

  public ArticleFacts build() {
    List<Sentence> sentences = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (start < text.length()) {
      int dot = text.indexOf(". ", start);
      int end = dot < 0 ? text.length() : dot + 1;
      sentences.add(new Sentence(i++, start, end, 0));
      start = dot < 0 ? text.length() : dot + 2;
    }
    return new ArticleFacts(id, text, "source-" + id, reported, sentences, numbers, quotes, mentions, times);
  }

  private int at(String phrase) {
    int start = text.indexOf(phrase);
    if (start < 0) {
      throw new IllegalArgumentException("\"" + phrase + "\" is not in the text");
    }
    return start;
  }
}
