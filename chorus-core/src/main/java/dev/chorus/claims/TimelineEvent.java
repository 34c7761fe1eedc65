package dev.chorus.claims;

import dev.chorus.model.Span;
import java.time.LocalDate;
import java.util.List;

/**
 * One dated event, reported by one or more articles.
 *
 * @param date ISO date, month or range ({@code 2022-01-02}, {@code 2022-01}, {@code 2022-01-04/2022-01-05})
 * @param precision {@code day}, {@code month} or {@code range}
 * @param first first day covered, for ordering
 * @param summary the sentence that reports it best (the one sharing most words with the others)
 * @param summarySpan where that sentence is
 * @param articles the articles reporting it, in id order
 * @param evidence the reporting sentences
 * @param reported the dates of the reports (ISO, distinct, ordered), kept apart from the event's date
 */
public record TimelineEvent(String date, String precision, LocalDate first, String summary, Span summarySpan,
    List<String> articles, List<Span> evidence, List<String> reported) {
  public TimelineEvent {
    articles = List.copyOf(articles);
    evidence = List.copyOf(evidence);
    reported = List.copyOf(reported);
  }
}
