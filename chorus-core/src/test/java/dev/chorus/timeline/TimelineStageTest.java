package dev.chorus.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.annotate.ArticleFacts;
import dev.chorus.testing.Facts;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimelineStageTest {
  private final TimelineStage stage = new TimelineStage();

  private static List<ArticleFacts> twoDaysOfOneDecision() {
    return List.of(
        Facts.article("a", "On January 6, the alliance decided to send peacekeepers to Kazakhstan.")
            .day("January 6", "XXXX-01-06", "2022-01-06").build(),
        Facts.article("b", "On January 7, the alliance decided to send peacekeepers to Kazakhstan.")
            .day("January 7", "XXXX-01-07", "2022-01-07").build());
  }

  @Test
  void differentDaysAreDifferentEvents() {
    assertThat(stage.events(twoDaysOfOneDecision(), Map.of())).extracting(TimelineEvent::date)
        .containsExactly("2022-01-06", "2022-01-07");
  }

  @Test
  void eventsOfDifferentStoriesStayApartInDateOrder() {
    List<ArticleFacts> facts = List.of(
        Facts.article("b", "On January 7, the alliance decided to send peacekeepers to Kazakhstan.")
            .day("January 7", "XXXX-01-07", "2022-01-07").build(),
        Facts.article("a", "On January 6, the alliance decided to send peacekeepers to Kazakhstan.")
            .day("January 6", "XXXX-01-06", "2022-01-06").build(),
        Facts.article("c", "On January 6, the alliance decided to send peacekeepers to Kazakhstan.")
            .day("January 6", "XXXX-01-06", "2022-01-06").build());
    List<TimelineEvent> together = stage.events(facts, Map.of());
    List<TimelineEvent> split = stage.events(facts, Map.of("a", "s1", "b", "s1", "c", "s2"));
    assertThat(together).extracting(TimelineEvent::date).containsExactly("2022-01-06", "2022-01-07");
    assertThat(split).extracting(TimelineEvent::date).containsExactly("2022-01-06", "2022-01-06", "2022-01-07");
    assertThat(split).allSatisfy(e -> assertThat(e.articles()).hasSize(1));
  }

  @Test
  void emptyCorpusHasNoEvents() {
    assertThat(stage.events(List.of(), Map.of())).isEmpty();
  }
}
