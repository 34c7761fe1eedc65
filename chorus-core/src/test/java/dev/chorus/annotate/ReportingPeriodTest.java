package dev.chorus.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.model.TimeExpression;
import dev.chorus.model.TimeExpression.Reference;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportingPeriodTest {
  private static final LocalDate OCT_26_1989 = LocalDate.of(1989, 10, 26);

  private static List<TimeExpression> resolve(RawTime... raws) {
    return TimeResolver.resolve("a", List.of(raws), OCT_26_1989, Reference.PUBLISHED);
  }

  @Test
  void theQuarterIsTheQuarterTheReportNamed() {
    List<TimeExpression> ts = resolve(new RawTime(0, 17, "the third quarter", "1989-Q3"),
        new RawTime(40, 51, "the quarter", "1989-Q4"), new RawTime(60, 70, "a year ago", "1988"));
    assertThat(ts).extracting(TimeExpression::timex).containsExactly("1989-Q3", "1989-Q3", "1988-Q3");
  }

  @Test
  void withoutANamedQuarterAYearAgoIsAYear() {
    assertThat(resolve(new RawTime(0, 10, "a year ago", "1988")).get(0).timex()).isEqualTo("1988");
  }

  @Test
  void beforeAQuarterIsNamedTheLatestQuarterIsTheLastOneCompleted() {
    List<TimeExpression> ts = resolve(new RawTime(0, 18, "the latest quarter", "REF-QUARTER-1"),
        new RawTime(30, 50, "the year-ago quarter", "REF-YEAR-1"));
    assertThat(ts).extracting(TimeExpression::timex).containsExactly("1989-Q3", "1988-Q3");
  }

  @Test
  void aYearsPeriodIsTheQuarterUnderDiscussionInThatYear() {
    List<TimeExpression> ts = resolve(new RawTime(0, 17, "the third quarter", "1989-Q3"),
        new RawTime(40, 55, "the 1988 period", "1988"));
    assertThat(ts.get(1).timex()).isEqualTo("1988-Q3");
  }

  @Test
  void aPeriodOutsideAReportIsNoQuarter() {
    assertThat(resolve(new RawTime(0, 10, "the period", "PXM")).get(0).timex()).isEqualTo("PXM");
  }
}
