package dev.chorus.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.annotate.ArticleFacts;
import dev.chorus.testing.Facts;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TimelineBuilderTest {
  private final TimelineBuilder builder = new TimelineBuilder();

  private static List<DatedSentence> dated(Facts... facts) {
    List<DatedSentence> out = new ArrayList<>();
    for (Facts f : facts) {
      out.addAll(TimelineBuilder.datedSentences(f.build()));
    }
    return out;
  }

  @Test
  void sameDaySameThingInTwoArticlesIsOneEvent() {
    List<TimelineEvent> events = builder.events(dated(
        Facts.article("a", "On January 2, people protested against higher gas prices in Zhanaozen.")
            .day("January 2", "XXXX-01-02", "2022-01-02"),
        Facts.article("b", "Protests over gas prices began on 2 January.").day("2 January", "XXXX-01-02", "2022-01-02")));
    assertThat(events).hasSize(1);
    assertThat(events.get(0).articles()).containsExactly("a", "b");
    assertThat(events.get(0).spans()).hasSize(2);
    assertThat(events.get(0).precision()).isEqualTo("day");
  }

  @Test
  void sameDayDifferentThingsStayApart() {
    List<TimelineEvent> events = builder.events(dated(
        Facts.article("a", "On January 4, the president spoke on television.").day("January 4", "XXXX-01-04", "2022-01-04"),
        Facts.article("b", "Rioters seized the airport on 4 January.").day("4 January", "XXXX-01-04", "2022-01-04")));
    assertThat(events).hasSize(2);
  }

  @Test
  void eventsAreOrderedByDate() {
    List<TimelineEvent> events = builder.events(dated(
        Facts.article("a", "A day of mourning was declared for January 10. Protests began on January 2.")
            .day("January 10", "XXXX-01-10", "2022-01-10").day("January 2", "XXXX-01-02", "2022-01-02")));
    assertThat(events).extracting(TimelineEvent::date).containsExactly("2022-01-02", "2022-01-10");
  }

  @Test
  void todayAndNowDateTheReportNotAnEvent() {
    List<DatedSentence> d = dated(Facts.article("a", "Today the situation is calm.").day("Today", "REF", "2022-01-10"));
    assertThat(d).isEmpty();
  }

  @Test
  void theEventDateIsKeptApartFromTheReportDate() {
    List<TimelineEvent> events = builder.events(dated(Facts.article("a", "On January 8, Tokayev said order was restored.")
        .day("January 8", "XXXX-01-08", "2022-01-08").reported("2022-01-10")));
    assertThat(events.get(0).date()).isEqualTo("2022-01-08");
    assertThat(events.get(0).reported()).containsExactly("2022-01-10");
  }

  @Test
  void aRangeIsAnEventWithRangePrecision() {
    List<TimelineEvent> events = builder.events(dated(Facts.article("a", "On January 4-5, police clashed with protesters.")
        .range("January 4-5", "XXXX-01-04/XXXX-01-05", "2022-01-04", "2022-01-05")));
    assertThat(events.get(0).precision()).isEqualTo("range");
    assertThat(events.get(0).date()).isEqualTo("2022-01-04/2022-01-05");
  }

  @Test
  void theSameEventOnDifferentDaysIsADateConflict() {
    List<TimelineBuilder.DateConflict> conflicts = builder.dateConflicts(dated(
        Facts.article("a", "On January 6, the alliance decided to send peacekeepers to Kazakhstan.")
            .day("January 6", "XXXX-01-06", "2022-01-06"),
        Facts.article("b", "On January 7, the alliance decided to send peacekeepers to Kazakhstan.")
            .day("January 7", "XXXX-01-07", "2022-01-07")), Set.of());
    assertThat(conflicts).hasSize(1);
    assertThat(conflicts.get(0).shared()).contains("alliance", "peacekeeper");
  }

  @Test
  void overlappingDatesAreNoConflict() {
    List<TimelineBuilder.DateConflict> conflicts = builder.dateConflicts(dated(
        Facts.article("a", "On January 4-5, police clashed with protesters in Almaty.")
            .range("January 4-5", "XXXX-01-04/XXXX-01-05", "2022-01-04", "2022-01-05"),
        Facts.article("b", "On January 4, police clashed with protesters in Almaty.")
            .day("January 4", "XXXX-01-04", "2022-01-04")), Set.of());
    assertThat(conflicts).isEmpty();
  }

  @Test
  void differentEventsOnDifferentDaysAreNoConflict() {
    List<TimelineBuilder.DateConflict> conflicts = builder.dateConflicts(dated(
        Facts.article("a", "On January 2, protests began in Zhanaozen.").day("January 2", "XXXX-01-02", "2022-01-02"),
        Facts.article("b", "On January 10, a day of national mourning was held.")
            .day("January 10", "XXXX-01-10", "2022-01-10")), Set.of());
    assertThat(conflicts).isEmpty();
  }

  @Test
  void aReportGivingBothDaysIsNoConflict() {
    List<TimelineBuilder.DateConflict> conflicts = builder.dateConflicts(dated(
        Facts.article("a", "The debt panel met on February 24 and February 25 in Washington.")
            .day("February 24", "XXXX-02-24", "2022-02-24").day("February 25", "XXXX-02-25", "2022-02-25"),
        Facts.article("b", "The debt panel met on February 24 in Washington.")
            .day("February 24", "XXXX-02-24", "2022-02-24")), Set.of());
    assertThat(conflicts).isEmpty();
  }

  @Test
  void wordsCommonInTheCorpusDoNotMakeTheSameEvent() {
    List<DatedSentence> d = dated(
        Facts.article("a", "On January 6, the alliance decided to send peacekeepers to Kazakhstan.")
            .day("January 6", "XXXX-01-06", "2022-01-06"),
        Facts.article("b", "On January 7, the alliance decided to send peacekeepers to Kazakhstan.")
            .day("January 7", "XXXX-01-07", "2022-01-07"));
    assertThat(builder.dateConflicts(d, Set.of("alliance", "decid", "peacekeeper", "kazakhstan"))).isEmpty();
  }

  @Test
  void commonWordsAreThoseOfMoreThanATenthOfTheArticles() {
    List<ArticleFacts> corpus = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      corpus.add(Facts.article("a" + i, i < 3 ? "Prices rose in Almaty." : "Prices rose.").build());
    }
    assertThat(TimelineBuilder.commonWords(corpus)).contains("price").doesNotContain("almaty");
  }
}
