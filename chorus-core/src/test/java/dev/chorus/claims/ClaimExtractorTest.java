package dev.chorus.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.annotate.ArticleFacts;
import dev.chorus.testing.Facts;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimExtractorTest {
  private final ClaimExtractor extractor = new ClaimExtractor(ClaimVocabulary.bundled());

  private Claim single(Facts f) {
    List<NumberClaim> claims = extractor.extract(f.build());
    assertThat(claims).hasSize(1);
    return claims.get(0);
  }

  @Test
  void peacekeepersPeacekeepingForceAndTroopsShareAKey() {
    Claim a = single(Facts.article("a", "The alliance sent about 3,000 peacekeepers to the country.")
        .number("about 3,000 peacekeepers", "3,000", 3000, "about", "peacekeepers"));
    Claim b = single(Facts.article("b", "The alliance sent a peacekeeping force with a total strength of about 2,500 people.")
        .number("about 2,500 people", "2,500", 2500, "about", "people"));
    Claim c = single(Facts.article("c", "Moscow has sent 2,000 troops.").number("2,000 troops", "2,000", 2000, null, "troops"));
    assertThat(a.key()).isEqualTo("troops|send");
    assertThat(b.key()).isEqualTo(a.key());
    assertThat(c.key()).isEqualTo(a.key());
  }

  @Test
  void policeOfficersLawEnforcementOfficersAndPoliceShareAConcept() {
    Claim a = single(Facts.article("a", "Officials said 18 law enforcement officers were killed.")
        .number("18 law enforcement officers", "18", 18, null, "law enforcement officers"));
    Claim b = single(Facts.article("b", "More than 700 police officers were injured.")
        .number("More than 700 police officers", "700", 700, "more than", "police officers"));
    Claim c = single(Facts.article("c", "Twelve police were wounded.").number("Twelve police", "Twelve", 12, null, "police"));
    assertThat(List.of(a.concept(), b.concept(), c.concept())).containsOnly("police");
    assertThat(a.predicate()).isEqualTo("kill");
    assertThat(b.predicate()).isEqualTo("injure");
    assertThat(c.predicate()).isEqualTo("injure");
  }

  @Test
  void victimsAmongAGroupAreThatGroupKilled() {
    List<NumberClaim> claims = extractor.extract(Facts.article("a",
            "Among the police officers there are 18 victims and over 700 injured.")
        .number("18 victims", "18", 18, null, "victims").number("over 700", "700", 700, "over", null).build());
    assertThat(claims).extracting(Claim::key).containsExactly("police|kill", "police|injure");
  }

  @Test
  void aFigureInAListTakesTheConceptOfTheFigureBeforeIt() {
    List<NumberClaim> claims = extractor.extract(Facts.article("a",
            "The ministry records 26 demonstrators killed, 18 injured and at least 3 thousand under arrest.")
        .number("26 demonstrators", "26", 26, null, "demonstrators")
        .number("18", "18", 18, null, null)
        .number("at least 3 thousand", "3 thousand", 3000, "at least", null).build());
    assertThat(claims).extracting(Claim::key)
        .containsExactly("protesters|kill", "protesters|injure", "protesters|arrest");
    assertThat(claims.get(2).interval().high()).isInfinite();
  }

  @Test
  void genericNounWithoutContextIsNotComparable() {
    Claim c = single(Facts.article("a", "The unrest ended in three deaths.").number("three deaths", "three", 3, null, "deaths"));
    assertThat(c.predicate()).isEqualTo("kill");
    assertThat(c.key()).isNull();
  }

  @Test
  void policeSayingAFigureDoesNotMakeItPolice() {
    Claim c = single(Facts.article("a", "Police said 30 people were injured.")
        .number("30 people", "30", 30, null, "people"));
    assertThat(c.concept()).isNull();
    assertThat(c.key()).isNull();
  }

  @Test
  void yearsFurnitureAndBareNumbersAreNotClaims() {
    List<NumberClaim> claims = extractor.extract(Facts.article("a",
            "It is based on Articles 2 and 4 of the treaty. Sputnik International, 1920. Newsfeed 0 comments.")
        .number("2", "2", 2, null, null).number("4", "4", 4, null, null)
        .number("1920", "1920", 1920, null, null).number("0", "0", 0, null, null).build());
    assertThat(claims).isEmpty();
  }

  @Test
  void furnitureIsNotAClaimEvenWithACountedNoun() {
    List<NumberClaim> claims = extractor.extract(Facts.article("a", "See page 4 protesters were killed.")
        .number("4 protesters", "4", 4, null, "protesters").build());
    assertThat(claims).isEmpty();
  }

  @Test
  void theSpeakerOfAQuoteAssertsTheFiguresInIt() {
    Claim c = single(Facts.article("a", "The ministry said: «We have detained 120 rioters».")
        .number("120 rioters", "120", 120, null, "rioters").quote("We have detained 120 rioters", "The ministry"));
    assertThat(c.speaker()).isEqualTo("The ministry");
    assertThat(c.predicate()).isEqualTo("arrest");
  }

  @Test
  void outsideQuotesTheArticleSourceAssertsIt() {
    Claim c = single(Facts.article("a", "Officials said 18 law enforcement officers were killed.")
        .number("18 law enforcement officers", "18", 18, null, "law enforcement officers"));
    assertThat(c.speaker()).isEqualTo("source-a");
  }

  @Test
  void theActorNamedBeforeThePredicateIsTheSubject() {
    Claim c = single(Facts.article("a", "The CSTO sent about 3,000 peacekeepers.")
        .mention("CSTO").number("about 3,000 peacekeepers", "3,000", 3000, "about", "peacekeepers"));
    assertThat(c.subject()).isEqualTo("CSTO");
  }

  @Test
  void aDayWrittenInTheSentenceIsTheClaimsTime() {
    Claim c = single(Facts.article("a", "On January 5, 8 police officers were killed.")
        .day("January 5", "XXXX-01-05", "2022-01-05").number("8 police officers", "8", 8, null, "police officers"));
    assertThat(c.time()).isEqualTo("2022-01-05");
  }

  @Test
  void theEvidenceIsTheNumbersSpan() {
    Facts f = Facts.article("a", "Officials said 18 law enforcement officers were killed.")
        .number("18 law enforcement officers", "18", 18, null, "law enforcement officers");
    ArticleFacts facts = f.build();
    Claim c = extractor.extract(facts).get(0);
    assertThat(facts.text().substring(c.span().start(), c.span().end())).isEqualTo("18 law enforcement officers");
    assertThat(c.id()).isEqualTo("a#15");
  }

  @Test
  void theLongestVocabularyPhraseDecidesTheConcept() {
    Claim c = single(Facts.article("a", "Rebels killed 4 military officers.")
        .number("4 military officers", "4", 4, null, "military officers"));
    assertThat(c.concept()).isEqualTo("soldiers");
  }
}
