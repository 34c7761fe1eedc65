package dev.chorus.timeline;

import dev.chorus.model.Span;
import dev.chorus.model.TimeExpression;
import java.time.LocalDate;

/**
 * A sentence that dates an event: the sentence, the expression giving the date, and the date of the report it is in
 * (kept apart: "On January 8, Tokayev said …" is an event of 8 January whatever day the article appeared).
 *
 * @param reported the article's date (ISO), or null
 */
public record DatedSentence(Span sentence, String text, TimeExpression time, String reported) {
  public LocalDate first() {
    return LocalDate.parse(time.start());
  }

  public LocalDate last() {
    return LocalDate.parse(time.end());
  }

  public String article() {
    return sentence.article();
  }
}
