package dev.chorus.timeline;

import dev.chorus.model.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * One dated event, reported by one or more articles.
 *
 * @param date ISO date, month or range ({@code 2022-01-02}, {@code 2022-01}, {@code 2022-01-04/2022-01-05})
 * @param precision {@code day}, {@code month} or {@code range}
 * @param first first day covered, for ordering
 * @param summary the sentence that reports it best (the one sharing most words with the others)
 * @param summarySpan where that sentence is
 * @param articles the articles reporting it, in id order
 * @param evidence the reporting sentences with their report dates, in article order
 */
public record TimelineEvent(String date, String precision, LocalDate first, String summary, Span summarySpan,
    List<String> articles, List<DatedSentence> evidence) {
  public TimelineEvent {
    articles = List.copyOf(articles);
    evidence = List.copyOf(evidence);
  }

  public List<Span> spans() {
    List<Span> out = new ArrayList<>();
    for (DatedSentence d : evidence) {
      out.add(d.sentence());
    }
    return out;
  }

  /** The dates of the reports (ISO, distinct, ordered), kept apart from the event's date. */
  public List<String> reported() {
    TreeSet<String> out = new TreeSet<>();
    for (DatedSentence d : evidence) {
      if (d.reported() != null) {
        out.add(d.reported());
      }
    }
    return List.copyOf(out);
  }
}
