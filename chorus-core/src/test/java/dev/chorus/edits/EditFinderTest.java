package dev.chorus.edits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Hand-made pairs, one kind of edit each: the kind named and both texts. */
class EditFinderTest {
  private final EditFinder finder = new EditFinder();

  private List<String> found(String a, String b) {
    return finder.compare(a, b).stream().map(e -> e.kind().label() + ":" + e.aText() + "|" + e.bText()).toList();
  }

  @Test
  void changedNumberIsAFigureWithBothValues() {
    assertThat(found("The CSTO sent about 3,000 peacekeepers to Almaty.",
        "The CSTO sent about 2,500 peacekeepers to Almaty.")).containsExactly("figure:3,000|2,500");
  }

  @Test
  void changedScaleIsAFigure() {
    assertThat(found("Exports rose to 5.93 mln tonnes last year.", "Exports rose to 5.93 bln tonnes last year."))
        .containsExactly("figure:5.93 mln tonnes|5.93 bln tonnes");
  }

  @Test
  void changedUnitIsAFigure() {
    assertThat(found("Sales rose 5 pct in March.", "Sales rose 5 points in March."))
        .containsExactly("figure:5 pct|5 points");
  }

  @Test
  void sameFigureWrittenTwoWaysIsNoEdit() {
    assertThat(found("Some 3,000 troops arrived.", "Some 3 thousand troops arrived.")).isEmpty();
    assertThat(found("Prices rose 5 pct.", "Prices rose 5 percent.")).isEmpty();
  }

  @Test
  void droppedApproximatorIsAHedge() {
    assertThat(found("The CSTO sent about 3,000 peacekeepers.", "The CSTO sent 3,000 peacekeepers."))
        .containsExactly("hedge:about|");
  }

  @Test
  void changedApproximatorIsAHedge() {
    assertThat(found("At least 40 people died.", "At most 40 people died."))
        .containsExactly("hedge:At least|At most");
  }

  @Test
  void addedEvidentialIsAHedge() {
    assertThat(found("The troops fired on the crowd.", "The troops reportedly fired on the crowd."))
        .containsExactly("hedge:|reportedly");
  }

  @Test
  void aboutBeforeANounIsNoHedge() {
    assertThat(found("An investigation about the unrest began.", "An investigation into the unrest began."))
        .containsExactly("wording:about|into");
  }

  @Test
  void droppedAttributionTagIsAttribution() {
    assertThat(found("The troops will leave next week, the ministry said.", "The troops will leave next week."))
        .containsExactly("attribution:the ministry said|");
  }

  @Test
  void changedSourceIsAttribution() {
    assertThat(found("Terrorists attacked the city, said the Ministry of Foreign Affairs.",
        "Terrorists attacked the city, said the presidential press service."))
        .containsExactly("attribution:Ministry of Foreign Affairs|presidential press service");
  }

  @Test
  void changedReportingVerbAloneIsWording() {
    assertThat(found("The troops will leave, the ministry said.", "The troops will leave, the ministry stated."))
        .containsExactly("wording:said|stated");
  }

  @Test
  void aRewrittenClauseThatLostItsTagIsAttributionForTheTagAndWordingForTheRest() {
    assertThat(found("They wanted to get the situation escalated, the agency said.",
        "They wanted to escalate tension and violence."))
        .containsExactly("attribution:the agency said|", "wording:get the situation escalated|escalate tension and violence");
  }

  @Test
  void labelsInARewrittenClauseAreNotPairedByOrder() {
    assertThat(found("Currently the military and the police fight the attackers.",
        "At present the terrorists are confronted by protesters in the streets."))
        .noneMatch(e -> e.startsWith("label:"));
  }

  @Test
  void addedNotIsANegation() {
    assertThat(found("The protesters were armed.", "The protesters were not armed."))
        .containsExactly("negation:|not");
  }

  @Test
  void droppedContractionIsANegation() {
    assertThat(found("Peaceful protesters aren't a target.", "Peaceful protesters are a target."))
        .containsExactly("negation:aren't|are");
  }

  @Test
  void swappedActorLabelIsALabel() {
    assertThat(found("Police clashed with protesters in Almaty.", "Police clashed with rioters in Almaty."))
        .containsExactly("label:protesters|rioters");
    assertThat(found("The government declared an emergency.", "The regime declared an emergency."))
        .containsExactly("label:government|regime");
  }

  @Test
  void sentenceOnlyInTheCopyIsAdded() {
    assertThat(found("Troops arrived. The city was calm.",
        "Troops arrived. Shops stayed closed all day. The city was calm."))
        .containsExactly("added:|Shops stayed closed all day");
  }

  @Test
  void clauseOnlyInTheOriginalIsDropped() {
    assertThat(found("The troops, who arrived from Russia on Thursday, guarded the airport.",
        "The troops guarded the airport.")).containsExactly("dropped:who arrived from Russia on Thursday|");
  }

  @Test
  void otherChangesAreWording() {
    assertThat(found("The situation stabilized quickly.", "The situation calmed quickly."))
        .containsExactly("wording:stabilized|calmed");
  }

  @Test
  void spansPointIntoEachText() {
    String a = "Police clashed with protesters in Almaty.";
    String b = "In the south, police clashed with rioters in Almaty.";
    for (Edit e : finder.compare(a, b)) {
      assertThat(a.substring(e.a().start(), e.a().end())).isEqualTo(e.aText());
      assertThat(b.substring(e.b().start(), e.b().end())).isEqualTo(e.bText());
    }
  }

  @Test
  void identicalAndEmptyTextsHaveNoEdits() {
    assertThat(found("Same text.", "Same text.")).isEmpty();
    assertThat(found("", "")).isEmpty();
    assertThat(found("...", "!!")).isEmpty();
  }

  @Test
  void randomTextsNeverThrowAndKeepSpansInsideAndAnswerTheSameTwice() {
    Random r = new Random(14);
    String alphabet = "aeiou tnsrl 0123456789 ,.;:!?«»\"'’-–—()$%€ \n\t\uD83D\uDE00\u00E9\u0301\u0000\uD800";
    String[] words = {"not", "about", "3,000", "said", "the", "ministry", "protesters", "rioters", "pct", "mln",
        "reportedly", "at", "least", "according", "to", ",", "."};
    for (int i = 0; i < 300; i++) {
      String a = random(r, alphabet, words);
      String b = r.nextBoolean() ? random(r, alphabet, words) : mutate(r, a, words);
      List<Edit> first = finder.compare(a, b);
      assertThat(finder.compare(a, b)).as("seed 14, pair %d", i).isEqualTo(first);
      for (Edit e : first) {
        assertThat(e.a().end()).as("pair %d: %s / %s", i, a, b).isLessThanOrEqualTo(a.length());
        assertThat(e.b().end()).as("pair %d: %s / %s", i, a, b).isLessThanOrEqualTo(b.length());
        assertThat(e.aText().isEmpty() && e.bText().isEmpty()).as("pair %d: an edit names some text", i).isFalse();
      }
    }
  }

  private static String random(Random r, String alphabet, String[] words) {
    StringBuilder s = new StringBuilder();
    int n = r.nextInt(60);
    for (int k = 0; k < n; k++) {
      s.append(r.nextInt(3) == 0 ? String.valueOf(alphabet.charAt(r.nextInt(alphabet.length())))
          : words[r.nextInt(words.length)] + " ");
    }
    return s.toString();
  }

  private static String mutate(Random r, String a, String[] words) {
    StringBuilder s = new StringBuilder(a);
    for (int k = 0; k < 3 && s.length() > 0; k++) {
      int at = r.nextInt(s.length());
      s.insert(at, " " + words[r.nextInt(words.length)] + " ");
    }
    return s.toString();
  }
}
