package dev.chorus.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WrittenDatesTest {
  @Test
  void aMonthWithoutAYearLosesTheYearSuTimeFilledIn() {
    assertThat(WrittenDates.asWritten("2013-08", "early August")).isEqualTo("XXXX-08");
    assertThat(WrittenDates.asWritten("1990-03-31", "March 31")).isEqualTo("XXXX-03-31");
  }

  @Test
  void aWeekdayAloneBecomesAWeekday() {
    assertThat(WrittenDates.asWritten("2013-03-22", "Friday")).isEqualTo("XXXX-WXX-5");
    assertThat(WrittenDates.asWritten("2000-01-12TNI", "Wednesday night")).isEqualTo("XXXX-WXX-3TNI");
  }

  @Test
  void aWrittenYearStays() {
    assertThat(WrittenDates.asWritten("1998-08", "August 1998")).isEqualTo("1998-08");
    assertThat(WrittenDates.asWritten("1997-01", "January nineteen ninety-seven")).isEqualTo("1997-01");
  }

  @Test
  void agoIsAsPreciseAsItsUnit() {
    assertThat(WrittenDates.asWritten("1959-01-15", "41 years ago")).isEqualTo("1959");
    assertThat(WrittenDates.asWritten("1998-07-15", "a month ago")).isEqualTo("1998-07");
    assertThat(WrittenDates.asWritten("1998-08-12", "two days earlier")).isEqualTo("1998-08-12");
  }

  @Test
  void aDecadeIsNoMonth() {
    assertThat(WrittenDates.asWritten("1989", "a decade ago")).isEqualTo("1989");
  }

  @Test
  void aQuarterWithoutAYearLosesTheYearSuTimeFilledIn() {
    assertThat(WrittenDates.asWritten("1990-Q1", "the fiscal first quarter")).isEqualTo("XXXX-Q1");
    assertThat(WrittenDates.asWritten("1989-Q3", "the third quarter of 1989")).isEqualTo("1989-Q3");
  }

  @Test
  void theWeekendLosesTheWeekSuTimeGaveIt() {
    assertThat(WrittenDates.asWritten("1990-W33-WE", "the weekend")).isEqualTo("XXXX-WXX-WE");
  }

  @Test
  void aFloatingHolidayLosesTheYearSuTimeFilledIn() {
    assertThat(WrittenDates.asWritten("2000-11-23", "Thanksgiving Day")).isEqualTo("HOLIDAY-thanksgiving_day");
    assertThat(WrittenDates.asWritten("1998-11-03", "Election Day")).isEqualTo("HOLIDAY-election_day");
    assertThat(WrittenDates.asWritten("1999-11-25", "Thanksgiving Day 1999")).isEqualTo("1999-11-25");
  }

  @Test
  void thisMonthKeepsTheReferenceYear() {
    assertThat(WrittenDates.asWritten("1998-09", "this September")).isEqualTo("1998-09");
  }
}
