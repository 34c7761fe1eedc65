package dev.chorus.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.model.TimeExpression.Direction;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeCandidatesTest {
  private static List<RawTime> candidates(String text, String surface, String timex) {
    NlpDocument doc = FixtureDocs.of(text).mention(surface, "DATE", timex, timex, 0).build();
    return TimeCandidates.from(doc, text);
  }

  /** The candidates of {@code text}, tagged {@code word/POS} separated by spaces, with one time mention. */
  private static List<RawTime> tagged(String text, String tokens, String surface, String type, String value) {
    NlpDocument doc = FixtureDocs.of(text).tokens(tokens.split(" ")).timex(surface, type, value).build();
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

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # text                                     | mention | SUTime's value
      - Sputnik International, 1920, 06.01.2022  | 1920    | 1920
      © AFP 2023 / RUSLAN PRYANIKOV              | 2023    | 2023
      an unprecedented thousands-strong march    | march   | XXXX-03
      """)
  void dropsWhatIsNoDate(String text, String surface, String timex) {
    // an image width beside a caption date, a credit year, a lower-case month name
    assertThat(candidates(text, surface, timex)).isEmpty();
  }

  @Test
  void keepsACapitalisedMonth() {
    assertThat(candidates("Protests began in March.", "March", "XXXX-03")).hasSize(1);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      It was triggered last week by prices.               | last week    | REF-WEEK-1
      As a result, the next day the Government resigned.  | the next day | NARRATIVE+1
      """)
  void readsRelativePhrasesFromTheirWords(String text, String surface, String raw) {
    assertThat(candidates(text, surface, null)).singleElement().extracting(RawTime::raw).isEqualTo(raw);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # text                                 | tokens                                                                       | mention         | type     | SUTime's value
      They were once here.                   | They/PRP were/VBD once/RB here/RB ./.                                        | once            | DATE     | PAST_REF
      It will go once the war is over.       | It/PRP will/MD go/VB once/IN the/DT war/NN is/VBZ over/RB ./.                | once            | DATE     | PAST_REF
      It was previously announced.           | It/PRP was/VBD previously/RB announced/VBN ./.                               | previously      | DATE     | PAST_REF
      A 6-year-old boy was found.            | A/DT 6-year-old/JJ boy/NN was/VBD found/VBN ./.                              | 6-year-old      | DURATION | P6Y
      Their 6-month-old son came.            | Their/PRP$ 6-month-old/JJ son/NN came/VBD ./.                                | 6-month-old     | DURATION | P6M
      It pays a quarterly dividend.          | It/PRP pays/VBZ a/DT quarterly/JJ dividend/NN ./.                            | quarterly       | SET      | P3M
      It pays $1.76 a year.                  | It/PRP pays/VBZ $/$ 1.76/CD a/DT year/NN ./.                                 | a year          | DURATION | P1Y
      Iraq imports three-quarters of it.     | Iraq/NNP imports/VBZ three-quarters/NNS of/IN it/PRP ./.                     | three-quarters  | DURATION | P9M
      A second group came.                   | A/DT second/JJ group/NN came/VBD ./.                                         | A second        | DURATION | PT1S
      In that suit, the SEC accused him.     | In/IN that/DT suit/NN ,/, the/DT SEC/NNP accused/VBD him/PRP ./.             | the SEC         | TIME     | 1989-10-27TXX:XX
      Minister Jan Kavan said so.            | Minister/NNP Jan/NNP Kavan/NNP said/VBD so/RB ./.                            | Jan Kavan       | DATE     | 1999-01
      They met between 1994 and 1997.        | They/PRP met/VBD between/IN 1994/CD and/CC 1997/CD ./.                       | and             | DATE     | 1994
      Justices Sandra Day O'Connor agreed.   | Justices/NNS Sandra/NNP Day/NNP O'Connor/NNP agreed/VBD ./.                  | Day             | DURATION | P1D
      Rooms cost $55 a night.                | Rooms/NNS cost/VBP $/$ 55/CD a/DT night/NN ./.                               | a night         | TIME     | 1989-10-26TNI
      It will rise 8.5% annually.            | It/PRP will/MD rise/VB 8.5/CD %/NN annually/RB ./.                           | annually        | SET      | P1Y
      By a 6-3 vote, it upheld the law.      | By/IN a/DT 6-3/CD vote/NN ,/, it/PRP upheld/VBD the/DT law/NN ./.            | 3               | DATE     | ******03
      Now, he says, it works.                | Now/RB ,/, he/PRP says/VBZ ,/, it/PRP works/VBZ ./.                          | Now             | DATE     | PRESENT_REF
      """)
  void dropsWhatTimeMlLeavesUnmarked(String text, String tokens, String surface, String type, String value) {
    // vague words TimeML rarely marks (vague-time-words.tsv), ages, adjectival sets, rates, fractions, the
    // ordinal "second", acronyms, first names, connectors, names with "Day"
    assertThat(tagged(text, tokens, surface, type, value)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # text                                        | tokens                                                                                    | mention            | type     | SUTime's value | expression               | raw         | TIMEX3 type
      Officials are now investigating.              | Officials/NNS are/VBP now/RB investigating/VBG ./.                                        | now                | DATE     | PRESENT_REF    | now                      | PRESENT_REF | DATE
      Now the court ruled.                          | Now/RB the/DT court/NN ruled/VBD ./.                                                      | Now                | DATE     | PRESENT_REF    | Now                      | PRESENT_REF | DATE
      The talks lasted three days.                  | The/DT talks/NNS lasted/VBD three/CD days/NNS ./.                                         | three days         | DURATION | P3D            | three days               | P3D         | DURATION
      It has recently cut its dividend.             | It/PRP has/VBZ recently/RB cut/VBN its/PRP$ dividend/NN ./.                               | recently           | DATE     | PAST_REF       | recently                 | PAST_REF    | DATE
      It became a daily rally.                      | It/PRP became/VBD a/DT daily/JJ rally/NN ./.                                              | daily              | SET      | P1D            | daily                    | P1D         | SET
      It fell in nineteen ninety-six.               | It/PRP fell/VBD in/IN nineteen/CD ninety-six/CD ./.                                       | nineteen ninety    | DATE     | 1990           | nineteen ninety-six      | 1996        | DATE
      In the year-ago quarter, it lost.             | In/IN the/DT year-ago/JJ quarter/NN ,/, it/PRP lost/VBD ./.                               | the year           | DATE     | 1989           | the year-ago quarter     | REF-YEAR-1  | DATE
      It lost money in the 1988 period.             | It/PRP lost/VBD money/NN in/IN the/DT 1988/CD period/NN ./.                               | 1988               | DATE     | 1988           | the 1988 period          | 1988        | DATE
      It lost money in the latest quarter.          | It/PRP lost/VBD money/NN in/IN the/DT latest/JJS quarter/NN ./.                           | the latest quarter | DURATION | PXM            | the latest quarter       | REF-QUARTER-1 | DATE
      It grew in recent years.                      | It/PRP grew/VBD in/IN recent/JJ years/NNS ./.                                             | recent years       | DURATION | PXY            | recent years             | PAST_REF    | DATE
      It should close by year-end.                  | It/PRP should/MD close/VB by/IN year-end/NN ./.                                           | year               | DURATION | P1Y            | year-end                 | REF-YEAR    | DATE
      It earned $5 in the year ended March 31.      | It/PRP earned/VBD $/$ 5/CD in/IN the/DT year/NN ended/VBN March/NNP 31/CD ./.             | the year           | DATE     | 1989           | the year                 | P1Y         | DURATION
      Three days later, it fell.                    | Three/CD days/NNS later/RB ,/, it/PRP fell/VBD ./.                                        | Three days later   | DATE     | 1989-11-02     | Three days               | P3D         | DURATION
      It resumes within two to three weeks.         | It/PRP resumes/VBZ within/IN two/CD to/TO three/CD weeks/NNS ./.                          | two to three weeks | DURATION | P2W/P3W        | two to three weeks       | P2W         | DURATION
      It stays for at least 20 more years.          | It/PRP stays/VBZ for/IN at/IN least/JJS 20/CD more/JJR years/NNS ./.                      | years              | DURATION | PXY            | 20 more years            | P20Y        | DURATION
      It will not change over the next several days. | It/PRP will/MD not/RB change/VB over/IN the/DT next/JJ several/JJ days/NNS ./.          | the next several days | DATE  | 1998-01-11     | the next several days    | PXD         | DURATION
      It reports in mid-November.                   | It/PRP reports/VBZ in/IN mid-November/NNP ./.                                             | mid-November       | DATE     | ****11         | mid-November             | XXXX-11     | DATE
      """)
  void readsAnExpressionFromItsWords(String text, String tokens, String surface, String type, String value,
      String expression, String raw, String timexType) {
    assertThat(tagged(text, tokens, surface, type, value)).singleElement().satisfies(t -> {
      assertThat(t.text()).isEqualTo(expression);
      assertThat(t.raw()).isEqualTo(raw);
      assertThat(t.type()).isEqualTo(timexType);
    });
  }

  @Test
  void theRulesHoldForATimeMentionWithoutATimexValue() {
    String text = "In that suit, the SEC accused him.";
    NlpDocument doc = FixtureDocs.of(text).tokens("In/IN", "that/DT", "suit/NN", ",/,", "the/DT", "SEC/NNP",
        "accused/VBD", "him/PRP", "./.").mention("the SEC", "TIME", "1989-10-27TXX:XX", null, 0).build();
    assertThat(TimeCandidates.from(doc, text)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # SUTime's joined phrase, without a TIMEX3 value | expression            | raw      | TIMEX3 type
      the first nine months of 1997                    | the first nine months | P9M      | DURATION
      more than four hours Friday                      | more than four hours  | PT4H     | DURATION
      second this year                                 | this year             | REF-YEAR | DATE
      """)
  void readsTheHeadOrTailOfAJoinedPhrase(String phrase, String expression, String raw, String type) {
    String text = "It grew for " + phrase + ".";
    NlpDocument doc = FixtureDocs.of(text).mention(phrase, "DATE", "X Y", null, 0).build();
    assertThat(TimeCandidates.from(doc, text)).singleElement().satisfies(t -> {
      assertThat(t.text()).isEqualTo(expression);
      assertThat(t.raw()).isEqualTo(raw);
      assertThat(t.type()).isEqualTo(type);
    });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # text                                          | expression        | raw
      The group began to fall apart in mid-1996.      | mid-1996          | 1996
      Numbers were dropping through the nineties.     | the nineties      | 199
      Sales in the latest period were $1.76 billion.  | the latest period | REF-QUARTER-1
      """)
  void addsWhatSuTimeDoesNotMention(String text, String expression, String raw) {
    assertThat(TimeCandidates.from(FixtureDocs.of(text).build(), text)).singleElement().satisfies(t -> {
      assertThat(t.text()).isEqualTo(expression);
      assertThat(t.raw()).isEqualTo(raw);
      assertThat(t.type()).isEqualTo("DATE");
    });
  }

  @Test
  void aQuarterWithoutAYearTakesItsYearFromTheTense() {
    String text = "Profit fell in the third quarter.";
    NlpDocument doc = FixtureDocs.of(text).tokens("Profit/NN", "fell/VBD", "in/IN", "the/DT", "third/JJ",
        "quarter/NN", "./.").timex("the third quarter", "DATE", "1990-Q3").build();
    assertThat(TimeCandidates.from(doc, text)).singleElement().satisfies(t -> {
      assertThat(t.raw()).isEqualTo("XXXX-Q3");
      assertThat(t.direction()).isEqualTo(Direction.PAST);
    });
  }

  @Test
  void aMentionInsideAWidenedPhraseIsPartOfIt() {
    String text = "In the year-earlier quarter, it lost.";
    NlpDocument doc = FixtureDocs.of(text).tokens("In/IN", "the/DT", "year-earlier/JJ", "quarter/NN", ",/,",
        "it/PRP", "lost/VBD", "./.").timex("the year", "DATE", "1989").timex("earlier quarter", "DURATION", "P3M")
        .build();
    assertThat(TimeCandidates.from(doc, text)).singleElement().extracting(RawTime::text)
        .isEqualTo("the year-earlier quarter");
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
  void joinsAHolidayAndItsDay() {
    String text = "He was found on Thanksgiving Day.";
    NlpDocument doc = FixtureDocs.of(text).tokens("He/PRP", "was/VBD", "found/VBN", "on/IN", "Thanksgiving/NNP",
        "Day/NNP", "./.").timex("Thanksgiving", "DATE", "1999-11-25").timex("Day", "DURATION", "P1D").build();
    assertThat(TimeCandidates.from(doc, text)).singleElement().satisfies(t -> {
      assertThat(t.text()).isEqualTo("Thanksgiving Day");
      assertThat(t.type()).isEqualTo("DATE");
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
