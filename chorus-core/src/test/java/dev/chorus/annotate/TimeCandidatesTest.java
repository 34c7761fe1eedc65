package dev.chorus.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.model.TimeExpression.Direction;
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
  void dropsAVaguePastAdverb() {
    String text = "They were once here.";
    NlpDocument doc = FixtureDocs.of(text).tokens("They/PRP", "were/VBD", "once/RB", "here/RB", "./.")
        .timex("once", "DATE", "PAST_REF").build();
    assertThat(TimeCandidates.from(doc, text)).isEmpty();
  }

  @Test
  void keepsNowAsAReferenceToThePresent() {
    String text = "Officials are now investigating.";
    NlpDocument doc = FixtureDocs.of(text).tokens("Officials/NNS", "are/VBP", "now/RB", "investigating/VBG", "./.")
        .timex("now", "DATE", "PRESENT_REF").build();
    assertThat(TimeCandidates.from(doc, text)).singleElement().extracting(RawTime::raw).isEqualTo("PRESENT_REF");
  }

  @Test
  void keepsADurationWithItsType() {
    String text = "The talks lasted three days.";
    NlpDocument doc = FixtureDocs.of(text).tokens("The/DT", "talks/NNS", "lasted/VBD", "three/CD", "days/NNS", "./.")
        .timex("three days", "DURATION", "P3D").build();
    assertThat(TimeCandidates.from(doc, text)).singleElement().satisfies(t -> {
      assertThat(t.type()).isEqualTo("DURATION");
      assertThat(t.raw()).isEqualTo("P3D");
    });
  }

  @Test
  void dropsAnAge() {
    String text = "A 6-year-old boy was found.";
    NlpDocument doc = FixtureDocs.of(text).tokens("A/DT", "6-year-old/JJ", "boy/NN", "was/VBD", "found/VBN", "./.")
        .timex("6-year-old", "DURATION", "P6Y").build();
    assertThat(TimeCandidates.from(doc, text)).isEmpty();
  }

  @Test
  void dropsAnAdjectivalRecurrence() {
    String text = "It pays a quarterly dividend.";
    NlpDocument doc = FixtureDocs.of(text).tokens("It/PRP", "pays/VBZ", "a/DT", "quarterly/JJ", "dividend/NN", "./.")
        .timex("quarterly", "SET", "P3M").build();
    assertThat(TimeCandidates.from(doc, text)).isEmpty();
  }

  @Test
  void joinsADayAndItsPartOfDaySplitInTwoMentions() {
    String text = "They met Sunday night.";
    NlpDocument doc = FixtureDocs.of(text).tokens("They/PRP", "met/VBD", "Sunday/NNP", "night/NN", "./.")
        .timex("Sunday", "TIME", "1999-10-24TNI").timex("night", "TIME", "1999-10-24TNI").build();
    assertThat(TimeCandidates.from(doc, text)).singleElement().satisfies(t -> {
      assertThat(t.text()).isEqualTo("Sunday night");
      assertThat(t.raw()).isEqualTo("XXXX-WXX-7TNI");
      assertThat(t.direction()).isEqualTo(Direction.PAST);
    });
  }

  @Test
  void aYearlessMonthInAPastClauseLooksBack() {
    String text = "Police arrested both men in early August.";
    NlpDocument doc = FixtureDocs.of(text).tokens("Police/NNS", "arrested/VBD", "both/DT", "men/NNS", "in/IN",
        "early/JJ", "August/NNP", "./.").timex("early August", "DATE", "2013-08").build();
    assertThat(TimeCandidates.from(doc, text)).singleElement().satisfies(t -> {
      assertThat(t.raw()).isEqualTo("XXXX-08");
      assertThat(t.direction()).isEqualTo(Direction.PAST);
    });
  }
}
