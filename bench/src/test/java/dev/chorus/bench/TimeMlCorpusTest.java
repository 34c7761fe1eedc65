package dev.chorus.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeMlCorpusTest {
  private static final String DOC = "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>X</DOCID>\n"
      + "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-01-08\" functionInDocument=\"CREATION_TIME\">19980108"
      + "</TIMEX3></DCT>\n<TEXT>\nIt fell <TIMEX3 tid=\"t1\" type=\"DURATION\" value=\"P1W\">this week</TIMEX3>"
      + " &amp; <EVENT eid=\"e1\">rose</EVENT> on <TIMEX3 tid=\"t2\" type=\"DATE\" value=\"1998-01-05\">Monday"
      + "</TIMEX3>.\n</TEXT>\n</TimeML>\n";

  @Test
  void readsTextGoldSpansAndTheDocumentDate() {
    TimeMlCorpus.Doc d = TimeMlCorpus.parse("X", DOC);
    assertThat(d.dct()).isEqualTo(LocalDate.of(1998, 1, 8));
    assertThat(d.text()).isEqualTo("\nIt fell this week & rose on Monday.\n");
    assertThat(d.gold()).extracting(g -> d.text().substring(g.start(), g.end()) + "=" + g.type() + ":" + g.value())
        .containsExactly("this week=DURATION:P1W", "Monday=DATE:1998-01-05");
  }

  @Test
  void scoresStrictRelaxedAndValueMatches() {
    TimexScorer.Counts c = new TimexScorer.Counts();
    List<TimexScorer.Timex> gold = List.of(new TimexScorer.Timex(0, 14, "TIME", "1999-10-24TNI"),
        new TimexScorer.Timex(20, 26, "DATE", "1999-10-25"));
    List<TimexScorer.Timex> system = List.of(new TimexScorer.Timex(0, 6, "DATE", "1999-10-24TNI"),
        new TimexScorer.Timex(20, 26, "DATE", "1999-10-26"), new TimexScorer.Timex(30, 34, "DATE", "1999"));
    c.add(gold, system, "x".repeat(40));
    assertThat(c.relaxed).isEqualTo(2);
    assertThat(c.strict).isEqualTo(1);
    assertThat(c.value).isEqualTo(1);
    assertThat(c.relaxedF1()).isEqualTo(2 * (2.0 / 3) * 1.0 / (2.0 / 3 + 1.0));
    assertThat(c.valueF1()).isEqualTo(2 * (1.0 / 3) * 0.5 / (1.0 / 3 + 0.5));
  }
}
