package dev.chorus.dates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.model.Removal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RemovedTextDatesTest {
  @Test
  void readsTheLatestDottedDateDayFirst() {
    List<Removal> removed = List.of(new Removal(0, 1, "- Sputnik International, 1920, 06.01.2022", "photo caption"),
        new Removal(2, 3, "a caption - Sputnik International, 1920, 08.01.2022", "photo caption"));
    RemovedTextDates.Found f = RemovedTextDates.latest(removed);
    assertThat(f.date()).isEqualTo(LocalDate.of(2022, 1, 8));
    assertThat(f.text()).isEqualTo("08.01.2022");
  }

  @Test
  void skipsImpossibleDates() {
    assertThat(RemovedTextDates.latest(List.of(new Removal(0, 1, "version 32.13.2022", "x")))).isNull();
  }
}
