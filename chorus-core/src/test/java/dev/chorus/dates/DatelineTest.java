package dev.chorus.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

class DatelineTest {
  @Test
  void readsWireDatelines() {
    assertThat(Dateline.at("SALVADOR, Feb 26 - Showers").day()).isEqualTo(MonthDay.of(2, 26));
    assertThat(Dateline.at("MOSCOW, Jan. 5 (Reuters) - Troops").day()).isEqualTo(MonthDay.of(1, 5));
    assertThat(Dateline.at("NEW YORK, March 3 (AP) \u2014 Stocks").day()).isEqualTo(MonthDay.of(3, 3));
    assertThat(Dateline.at("  RIO DE JANEIRO, Sept 12 - x").day()).isEqualTo(MonthDay.of(9, 12));
  }

  @Test
  void needsACapitalisedPlaceAtTheStart() {
    assertThat(Dateline.at("Moscow, Jan 5 - Troops")).isNull();
    assertThat(Dateline.at("He said: MOSCOW, Jan 5 - Troops")).isNull();
    assertThat(Dateline.at("MOSCOW, Jan 5 troops")).isNull();
    assertThat(Dateline.at("MOSCOW, Feb 30 - x")).isNull();
  }

  @Test
  void takesTheYearThatPutsItOnOrBeforeTheEvidence() {
    Dateline d = Dateline.at("LONDON, Dec 30 - x");
    assertThat(d.inYearOf(LocalDate.of(2023, 1, 3))).isEqualTo(LocalDate.of(2022, 12, 30));
    assertThat(d.inYearOf(LocalDate.of(2022, 12, 28))).isEqualTo(LocalDate.of(2022, 12, 30));
    assertThat(Dateline.at("LONDON, Feb 29 - x").inYearOf(LocalDate.of(2023, 3, 1))).isNull();
  }
}
