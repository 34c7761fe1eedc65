package dev.chorus.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimeCandidatesTest {
  private static List<RawTime> candidates(String text, String surface, String timex) {
    NlpDocument doc = FixtureDocs.of(text).mention(surface, "DATE", timex, timex, 0).build();
    return TimeCandidates.from(doc, text);
  }

  @Test
  void readsADayRangeAsOneRange() {
    List<RawTime> ts = candidates("On January 4-5, the police reported clashes.", "January 4", "XXXX-01-04");
    assertThat(ts).singleElement().satisfies(t -> {
      assertThat(t.text()).isEqualTo("January 4-5");
      assertThat(t.raw()).isEqualTo("XXXX-01-04/XXXX-01-05");
    });
  }

  @Test
  void dropsAnImageWidthBesideACaptionDate() {
    assertThat(candidates("- Sputnik International, 1920, 06.01.2022", "1920", "1920")).isEmpty();
  }

  @Test
  void dropsACreditYear() {
    assertThat(candidates("© AFP 2023 / RUSLAN PRYANIKOV", "2023", "2023")).isEmpty();
  }

  @Test
  void dropsLowerCaseMonthNames() {
    assertThat(candidates("an unprecedented thousands-strong march in Almaty", "march", "XXXX-03")).isEmpty();
  }

  @Test
  void keepsACapitalisedMonth() {
    assertThat(candidates("Protests began in March.", "March", "XXXX-03")).hasSize(1);
  }

  @Test
  void readsLastWeekFromItsWords() {
    assertThat(candidates("It was triggered last week by prices.", "last week", null))
        .singleElement().extracting(RawTime::raw).isEqualTo("REF-WEEK-1");
  }

  @Test
  void readsTheNextDayAsNarrativeRelative() {
    assertThat(candidates("As a result, the next day the Government resigned.", "the next day", "2022-01-09"))
        .singleElement().extracting(RawTime::raw).isEqualTo("NARRATIVE+1");
  }

  @Test
  void dropsVagueReferences() {
    assertThat(candidates("They were once here.", "once", "PAST_REF")).isEmpty();
  }
}
