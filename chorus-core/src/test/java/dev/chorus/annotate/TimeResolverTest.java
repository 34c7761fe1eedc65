package dev.chorus.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.model.TimeExpression;
import dev.chorus.model.TimeExpression.Direction;
import dev.chorus.model.TimeExpression.Precision;
import dev.chorus.model.TimeExpression.Reference;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeResolverTest {
  private static final LocalDate JAN_8 = LocalDate.of(2022, 1, 8);

  private static TimeExpression one(String raw, LocalDate ref) {
    return TimeResolver.resolve("a", List.of(new RawTime(0, 1, "x", raw)), ref, Reference.PUBLISHED).get(0);
  }

  @Test
  void yearlessDateTakesTheReferenceYear() {
    assertThat(one("XXXX-01-02", JAN_8).value()).isEqualTo("2022-01-02");
  }

  @Test
  void yearlessDateNearTheTurnOfTheYearTakesTheNearestYear() {
    assertThat(one("XXXX-12-30", JAN_8).value()).isEqualTo("2021-12-30");
  }

  @Test
  void weekdayIsTheLatestOnOrBeforeTheReference() {
    assertThat(one("XXXX-WXX-3", JAN_8).value()).isEqualTo("2022-01-05");
  }

  @Test
  void lastWeekIsTheWeekBeforeTheReference() {
    TimeExpression t = one("REF-WEEK-1", JAN_8);
    assertThat(t.value()).isEqualTo("2021-W52");
    assertThat(t.precision()).isEqualTo(Precision.WEEK);
    assertThat(t.start()).isEqualTo("2021-12-27");
    assertThat(t.end()).isEqualTo("2022-01-02");
  }

  @Test
  void nextDayFollowsThePreviousNarrativeDateNotTheReference() {
    List<TimeExpression> ts = TimeResolver.resolve("a", List.of(
        new RawTime(0, 9, "January 4", "XXXX-01-04"),
        new RawTime(20, 24, "today", "REF"),
        new RawTime(30, 42, "the next day", "NARRATIVE+1")), JAN_8, Reference.PUBLISHED);
    assertThat(ts.get(2).value()).isEqualTo("2022-01-05");
  }

  @Test
  void nextDayWithoutANarrativeDateStaysUnresolved() {
    TimeExpression t = one("NARRATIVE+1", JAN_8);
    assertThat(t.value()).isNull();
    assertThat(t.precision()).isEqualTo(Precision.UNRESOLVED);
  }

  @Test
  void rangeCoversBothDays() {
    TimeExpression t = one("XXXX-01-04/XXXX-01-05", JAN_8);
    assertThat(t.value()).isEqualTo("2022-01-04/2022-01-05");
    assertThat(t.precision()).isEqualTo(Precision.RANGE);
    assertThat(t.start()).isEqualTo("2022-01-04");
    assertThat(t.end()).isEqualTo("2022-01-05");
  }

  @Test
  void withoutReferenceOnlyAbsoluteValuesResolve() {
    assertThat(one("2022-01-10", null).value()).isEqualTo("2022-01-10");
    assertThat(one("XXXX-01-02", null).value()).isNull();
  }

  @Test
  void latestFullDateIgnoresYearlessDates() {
    List<RawTime> raws = List.of(new RawTime(0, 1, "January 9", "XXXX-01-09"),
        new RawTime(2, 3, "06.01.2022", "2022-01-06"), new RawTime(4, 5, "January 4, 2022", "2022-01-04"));
    assertThat(TimeResolver.latestFullDateValue(raws)).isEqualTo(LocalDate.of(2022, 1, 6));
    assertThat(TimeResolver.latestFullDate(raws).text()).isEqualTo("06.01.2022");
  }

  @Test
  void monthAloneCoversTheMonth() {
    TimeExpression t = one("XXXX-02", JAN_8);
    assertThat(t.value()).isEqualTo("2022-02");
    assertThat(t.end()).isEqualTo("2022-02-28");
  }

  private static TimeExpression one(String raw, String type, Direction direction, LocalDate ref) {
    return TimeResolver.resolve("a", List.of(new RawTime(0, 1, "x", raw, type, direction)), ref,
        Reference.PUBLISHED).get(0);
  }

  private static final LocalDate MARCH_22_2013 = LocalDate.of(2013, 3, 22);

  @Test
  void aYearlessMonthInThePastIsTheLastOneBeforeTheReference() {
    TimeExpression t = one("XXXX-08", "DATE", Direction.PAST, MARCH_22_2013);
    assertThat(t.value()).isEqualTo("2012-08");
    assertThat(t.timex()).isEqualTo("2012-08");
  }

  @Test
  void theReferenceMonthItselfIsInThePast() {
    assertThat(one("XXXX-03", "DATE", Direction.PAST, MARCH_22_2013).value()).isEqualTo("2013-03");
  }

  @Test
  void aYearlessDayInTheFutureIsTheNextOne() {
    assertThat(one("XXXX-01-10", "DATE", Direction.FUTURE, MARCH_22_2013).value()).isEqualTo("2014-01-10");
  }

  @Test
  void aWeekdayInTheFutureIsTheNextOne() {
    // 22 March 2013 is a Friday; "will meet on Monday" is 25 March
    assertThat(one("XXXX-WXX-1", "DATE", Direction.FUTURE, MARCH_22_2013).value()).isEqualTo("2013-03-25");
    assertThat(one("XXXX-WXX-1", "DATE", Direction.PAST, MARCH_22_2013).value()).isEqualTo("2013-03-18");
  }

  @Test
  void lastWeekdayIsBeforeTheReferenceDay() {
    // 22 March 2013 is a Friday: "Friday" in the past is that day, "last Friday" the week before
    TimeExpression t = TimeResolver.resolve("a", List.of(new RawTime(0, 11, "last Friday", "XXXX-WXX-5", "DATE",
        Direction.PAST)), MARCH_22_2013, Reference.PUBLISHED).get(0);
    assertThat(t.value()).isEqualTo("2013-03-15");
    assertThat(one("XXXX-WXX-5", "DATE", Direction.PAST, MARCH_22_2013).value()).isEqualTo("2013-03-22");
  }

  @Test
  void aTimeOfDayKeepsItsPartAfterItsDay() {
    TimeExpression t = one("XXXX-WXX-3TNI", "TIME", Direction.PAST, MARCH_22_2013);
    assertThat(t.timex()).isEqualTo("2013-03-20TNI");
    assertThat(t.value()).isNull();
    assertThat(one("T20:00", "TIME", Direction.NONE, MARCH_22_2013).timex()).isEqualTo("2013-03-22T20:00");
  }

  @Test
  void aTimeOfDayAloneIsOnTheNarrativesDayWithoutItsZone() {
    List<TimeExpression> ts = TimeResolver.resolve("a", List.of(new RawTime(0, 7, "Oct. 23", "2012-10-23"),
        new RawTime(20, 27, "10 p.m.", "T22:00", "TIME", Direction.NONE),
        new RawTime(40, 50, "5 p.m. EST", "T17:00-0500", "TIME", Direction.NONE)), MARCH_22_2013,
        Reference.PUBLISHED);
    assertThat(ts).extracting(TimeExpression::timex).containsExactly("2012-10-23", "2012-10-23T22:00",
        "2012-10-23T17:00");
  }

  @Test
  void durationsAndSetsKeepTheirValueOffTheCalendar() {
    TimeExpression d = one("P3D", "DURATION", Direction.NONE, MARCH_22_2013);
    assertThat(d.timex()).isEqualTo("P3D");
    assertThat(d.value()).isNull();
    assertThat(d.precision()).isEqualTo(Precision.UNRESOLVED);
    TimeExpression s = one("XXXX-WXX-1", "SET", Direction.NONE, MARCH_22_2013);
    assertThat(s.timex()).isEqualTo("XXXX-WXX-1");
    assertThat(s.value()).isNull();
  }

  @Test
  void nowIsThePresentAndDatesTheReport() {
    TimeExpression t = one("PRESENT_REF", "DATE", Direction.NONE, MARCH_22_2013);
    assertThat(t.timex()).isEqualTo("PRESENT_REF");
    assertThat(t.value()).isEqualTo("2013-03-22");
  }

  @Test
  void quartersAndSeasonsKeepTheirTimexValue() {
    assertThat(one("1987-Q1", "DATE", Direction.NONE, MARCH_22_2013).timex()).isEqualTo("1987-Q1");
    assertThat(one("2012-SU", "DATE", Direction.NONE, MARCH_22_2013).timex()).isEqualTo("2012-SU");
    assertThat(one("XXXX-SU", "DATE", Direction.NONE, MARCH_22_2013).timex()).isEqualTo("2013-SU");
  }

  @Test
  void decadesAndCenturiesAreWrittenAsTimexWritesThem() {
    assertThat(one("198X", "DATE", Direction.NONE, MARCH_22_2013).timex()).isEqualTo("198");
    assertThat(one("19XX", "DATE", Direction.NONE, MARCH_22_2013).timex()).isEqualTo("19");
  }

  @Test
  void aYearlessQuarterTakesItsYearFromTheTense() {
    // 22 March 2013 is in the first quarter
    assertThat(one("XXXX-Q4", "DATE", Direction.PAST, MARCH_22_2013).timex()).isEqualTo("2012-Q4");
    assertThat(one("XXXX-Q1", "DATE", Direction.PAST, MARCH_22_2013).timex()).isEqualTo("2013-Q1");
    assertThat(one("XXXX-Q3", "DATE", Direction.NONE, MARCH_22_2013).timex()).isEqualTo("2013-Q3");
    assertThat(one("XXXX-Q1", "DATE", Direction.FUTURE, LocalDate.of(2013, 5, 2)).timex()).isEqualTo("2013-Q1");
  }

  @Test
  void aQuarterRelativeToTheReference() {
    assertThat(one("REF-QUARTER-1", "DATE", Direction.NONE, MARCH_22_2013).timex()).isEqualTo("2012-Q4");
    assertThat(one("XXXX-SU", "DATE", Direction.NONE, MARCH_22_2013).timex()).isEqualTo("2013-SU");
  }

  @Test
  void relativeWeeksGetAWeekValue() {
    assertThat(one("REF-WEEK-1", "DATE", Direction.NONE, MARCH_22_2013).timex()).isEqualTo("2013-W11");
  }

  @Test
  void theWeekendInThePastIsTheOneJustGone() {
    // 13 August 1990 is a Monday: "said over the weekend" is 11-12 August, ISO week 32, not week 33's weekend
    LocalDate monday = LocalDate.of(1990, 8, 13);
    assertThat(one("XXXX-WXX-WE", "DATE", Direction.PAST, monday).value()).isEqualTo("1990-W32-WE");
    assertThat(one("XXXX-WXX-WE", "DATE", Direction.NONE, monday).value()).isEqualTo("1990-W32-WE");
    assertThat(one("XXXX-WXX-WE", "DATE", Direction.FUTURE, monday).value()).isEqualTo("1990-W33-WE");
    // a Thursday's weekend with no tense is the coming one; a Sunday's past weekend its own
    assertThat(one("XXXX-WXX-WE", "DATE", Direction.NONE, LocalDate.of(1990, 8, 16)).value()).isEqualTo("1990-W33-WE");
    assertThat(one("XXXX-WXX-WE", "DATE", Direction.PAST, LocalDate.of(1990, 8, 19)).value()).isEqualTo("1990-W33-WE");
  }

  @Test
  void aFloatingHolidayIsInTheYearTheTenseChooses() {
    // "was found on Thanksgiving Day" in January 2000: the fourth Thursday of November 1999
    LocalDate jan7 = LocalDate.of(2000, 1, 7);
    assertThat(one("HOLIDAY-thanksgiving_day", "DATE", Direction.PAST, jan7).value()).isEqualTo("1999-11-25");
    assertThat(one("HOLIDAY-thanksgiving_day", "DATE", Direction.FUTURE, jan7).value()).isEqualTo("2000-11-23");
    assertThat(one("HOLIDAY-thanksgiving_day", "DATE", Direction.NONE, jan7).value()).isEqualTo("1999-11-25");
    // Election Day is the Tuesday after the first Monday of November
    assertThat(one("HOLIDAY-election_day", "DATE", Direction.FUTURE, LocalDate.of(1998, 10, 26)).value())
        .isEqualTo("1998-11-03");
  }

  @Test
  void aDayJustAheadInThePastTenseIsWhatTheVerbSet() {
    // "Dunkin' has set Nov. 10 as the deadline" on 2 November 1989: this year's, not 1988's
    LocalDate nov2 = LocalDate.of(1989, 11, 2);
    assertThat(one("XXXX-11-10", "DATE", Direction.PAST, nov2).value()).isEqualTo("1989-11-10");
    // "was arrested on Dec. 20": more than a month ahead, so last year's
    assertThat(one("XXXX-12-20", "DATE", Direction.PAST, nov2).value()).isEqualTo("1988-12-20");
  }
}
