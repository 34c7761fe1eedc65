package dev.chorus.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PassageAlignerTest {
  private static final String SHARED = "Currently the country's military personnel and the police officers fight"
      + " against terrorists, not against the peaceful protesters as some foreign media depicts";

  private final PassageAligner aligner = new PassageAligner(PassageConfig.defaults());

  @Test
  void findsAQuotedPassageOnBothSides() {
    String a = "The ministry spoke on Monday. " + SHARED + ". Prices of gas rose sharply in the west.";
    String b = "Officials repeated the line: «" + SHARED + ",» the statement said, and nothing more.";
    List<Passage> ps = aligner.align(a, b);
    assertThat(ps).hasSize(1);
    Passage p = ps.get(0);
    assertThat(a.substring(p.aStart(), p.aEnd())).isEqualTo(SHARED);
    assertThat(b.substring(p.bStart(), p.bEnd())).isEqualTo(SHARED);
    assertThat(p.similarity()).isEqualTo(1.0);
  }

  @Test
  void alignsALightlyEditedPassageWithLowerSimilarity() {
    String edited = SHARED.replace("personnel", "staff").replace("some foreign media", "certain outlets");
    List<Passage> ps = aligner.align("Intro words here. " + SHARED, edited + " Closing words.");
    assertThat(ps).hasSize(1);
    assertThat(ps.get(0).similarity()).isBetween(0.7, 0.99);
  }

  @Test
  void ignoresAShortSharedPhrase() {
    String a = "The Collective Security Treaty Organization sent troops to the airport on Thursday morning.";
    String b = "Critics of the Collective Security Treaty Organization say it is a tool of one member state.";
    assertThat(aligner.align(a, b)).isEmpty();
  }

  @Test
  void splitsPassagesSeparatedByALongGap() {
    String other = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen"
        + " seventeen eighteen nineteen twenty twentyone twentytwo twentythree twentyfour twentyfive";
    String second = "The authorities have heard the demands of the protesters and agreed to meet these demands today";
    String a = SHARED + " " + other + " " + second;
    String b = SHARED + " something else entirely in between that is not in the first text at all " + second;
    List<Passage> ps = aligner.align(a, b);
    assertThat(ps).hasSize(2);
    assertThat(ps.get(0).aEnd()).isLessThan(ps.get(1).aStart());
    assertThat(ps.get(0).bEnd()).isLessThan(ps.get(1).bStart());
  }

  @Test
  void emptyGarbageAndRandomTextsAlignToNothingOrValidSpans() {
    assertThat(aligner.align("", "")).isEmpty();
    assertThat(aligner.align("", SHARED)).isEmpty();
    assertThat(aligner.align("\u0000\uFFFF\uD800 ¶¶¶", "\u202E!!! ???")).isEmpty();
    Random r = new Random(7);
    for (int round = 0; round < 20; round++) {
      String a = randomWords(r, 300);
      String b = randomWords(r, 300);
      for (Passage p : aligner.align(a, b)) {
        assertThat(p.aEnd()).isLessThanOrEqualTo(a.length());
        assertThat(p.bEnd()).isLessThanOrEqualTo(b.length());
      }
    }
  }

  @Test
  void mergesOverlappingPassages() {
    List<Passage> merged = PassageAligner.merge(List.of(new Passage(0, 10, 0, 10, 1.0),
        new Passage(5, 20, 5, 20, 0.8), new Passage(30, 40, 30, 40, 0.9)));
    assertThat(merged).containsExactly(new Passage(0, 20, 0, 20, 0.8), new Passage(30, 40, 30, 40, 0.9));
  }

  private static String randomWords(Random r, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append((char) ('a' + r.nextInt(3))).append(r.nextBoolean() ? " " : ", ");
    }
    return sb.toString();
  }
}
