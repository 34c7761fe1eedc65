package dev.chorus.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.model.TimeExpression.Direction;
import org.junit.jupiter.api.Test;

class GoverningTenseTest {
  private static Direction of(String text, String expression, String... tagged) {
    NlpDocument doc = FixtureDocs.of(text).tokens(tagged).timex(expression, "DATE", "X").build();
    var m = doc.mentions().get(0);
    return GoverningTense.of(doc, m.firstToken(), m.endToken());
  }

  @Test
  void aPastVerbLooksBack() {
    assertThat(of("He was arrested in August.", "August", "He/PRP", "was/VBD", "arrested/VBN", "in/IN",
        "August/NNP", "./.")).isEqualTo(Direction.PAST);
  }

  @Test
  void aPresentPerfectLooksBack() {
    assertThat(of("Prices have risen since March.", "March", "Prices/NNS", "have/VBP", "risen/VBN", "since/IN",
        "March/NNP", "./.")).isEqualTo(Direction.PAST);
  }

  @Test
  void willLooksAhead() {
    assertThat(of("They will meet on Friday.", "Friday", "They/PRP", "will/MD", "meet/VB", "on/IN", "Friday/NNP",
        "./.")).isEqualTo(Direction.FUTURE);
  }

  @Test
  void anInfinitiveDoesNotSay() {
    assertThat(of("He was pleased to note on Thursday.", "Thursday", "He/PRP", "was/VBD", "pleased/JJ", "to/TO",
        "note/VB", "on/IN", "Thursday/NNP", "./.")).isEqualTo(Direction.NONE);
  }

  @Test
  void anInfinitiveAfterAVerbOfIntentionLooksAhead() {
    assertThat(of("The team planned to leave on Thursday.", "Thursday", "The/DT", "team/NN", "planned/VBD/plan",
        "to/TO", "leave/VB", "on/IN", "Thursday/NNP", "./.")).isEqualTo(Direction.FUTURE);
    assertThat(of("Talks are set to resume Monday.", "Monday", "Talks/NNS", "are/VBP/be", "set/VBN/set", "to/TO",
        "resume/VB", "Monday/NNP", "./.")).isEqualTo(Direction.FUTURE);
  }

  @Test
  void asSoonAsLooksAhead() {
    assertThat(of("He said they could come as soon as Tuesday.", "Tuesday", "He/PRP", "said/VBD", "they/PRP",
        "could/MD", "come/VB", "as/IN", "soon/RB", "as/IN", "Tuesday/NNP", "./.")).isEqualTo(Direction.FUTURE);
  }

  @Test
  void aVerbOfSchedulingLooksAheadToWhatItArranged() {
    assertThat(of("She has scheduled a news conference Thursday.", "Thursday", "She/PRP", "has/VBZ",
        "scheduled/VBN/schedule", "a/DT", "news/NN", "conference/NN", "Thursday/NNP", "./."))
        .isEqualTo(Direction.FUTURE);
    assertThat(of("They planned it in March.", "March", "They/PRP", "planned/VBD/plan", "it/PRP", "in/IN",
        "March/NNP", "./.")).isEqualTo(Direction.PAST);
  }

  @Test
  void anOpeningAdjunctReachesTheVerbPastAName() {
    assertThat(of("On Tuesday, the National Abortion Rights Action League plans to hold a news conference.",
        "Tuesday", "On/IN", "Tuesday/NNP", ",/,", "the/DT", "National/NNP", "Abortion/NNP", "Rights/NNPS",
        "Action/NNP", "League/NNP", "plans/VBZ/plan", "to/TO", "hold/VB", "a/DT", "news/NN", "conference/NN", "./."))
        .isEqualTo(Direction.FUTURE);
  }

  @Test
  void aheadOfLooksAhead() {
    assertThat(of("Traders had sold ahead of the weekend.", "the weekend", "Traders/NNS", "had/VBD", "sold/VBN",
        "ahead/RB", "of/IN", "the/DT", "weekend/NN", "./.")).isEqualTo(Direction.FUTURE);
  }

  @Test
  void anOpeningAdjunctTakesTheMainVerbAfterItsComma() {
    assertThat(of("In January, American Medical brought suit.", "January", "In/IN", "January/NNP", ",/,",
        "American/NNP", "Medical/NNP", "brought/VBD", "suit/NN", "./.")).isEqualTo(Direction.PAST);
  }

  @Test
  void aParticipleAfterItsNounLooksBackUnlessItIsOfIntention() {
    assertThat(of("They were products introduced in April.", "April", "They/PRP", "were/VBD", "products/NNS",
        "introduced/VBN", "in/IN", "April/NNP", "./.")).isEqualTo(Direction.PAST);
    assertThat(of("It is a meeting scheduled for Friday.", "Friday", "It/PRP", "is/VBZ", "a/DT", "meeting/NN",
        "scheduled/VBN/schedule", "for/IN", "Friday/NNP", "./.")).isEqualTo(Direction.NONE);
  }

  @Test
  void theExpressionsOwnWordsWinOverTheVerb() {
    assertThat(of("Holders will receive cash they approved last April.", "last April", "Holders/NNS", "will/MD",
        "receive/VB", "cash/NN", "they/PRP", "approved/VBD", "last/JJ", "April/NNP", "./.")).isEqualTo(Direction.PAST);
    assertThat(of("They met to plan next Friday.", "next Friday", "They/PRP", "met/VBD", "to/TO", "plan/VB",
        "next/JJ", "Friday/NNP", "./.")).isEqualTo(Direction.FUTURE);
  }

  @Test
  void aLimitAfterAPastVerbDoesNotLookBack() {
    assertThat(of("The offer was extended to Nov. 16.", "Nov. 16", "The/DT", "offer/NN", "was/VBD",
        "extended/VBN", "to/TO", "Nov./NNP", "16/CD", "./.")).isEqualTo(Direction.NONE);
  }

  @Test
  void aCommaEndsTheClause() {
    assertThat(of("It declared a dividend, payable Dec. 1.", "Dec. 1", "It/PRP", "declared/VBD", "a/DT",
        "dividend/NN", ",/,", "payable/JJ", "Dec./NNP", "1/CD", "./.")).isEqualTo(Direction.NONE);
  }

  @Test
  void thePresentTenseDoesNotSay() {
    assertThat(of("The company says on Friday.", "Friday", "The/DT", "company/NN", "says/VBZ/say", "on/IN",
        "Friday/NNP", "./.")).isEqualTo(Direction.NONE);
  }

  @Test
  void noVerbDoesNotSay() {
    assertThat(of("Friday, March 22.", "Friday", "Friday/NNP", ",/,", "March/NNP", "22/CD", "./."))
        .isEqualTo(Direction.NONE);
  }
}
