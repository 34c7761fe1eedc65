package dev.chorus.framing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FramingAnalyzerTest {
  private final FramingAnalyzer analyzer = new FramingAnalyzer(ActorLabels.bundled());

  static FramingDocument doc(String id, String source, String text) {
    return new FramingDocument(id, source, "s1", text);
  }

  static final String FILLER = " The capital saw clashes near the square on the second day of unrest in the city. ";

  @Test
  void labelFavouredByOneSourceHasAPositiveScoreAndItsEvidence() {
    // a dozen paragraphs each: a handful of uses is not significant under the prior, as it should not be
    String a = ("Terrorists attacked the building. The terrorists were armed." + FILLER).repeat(12);
    String b = ("Protesters gathered at the building. The protesters were peaceful." + FILLER).repeat(12);
    List<FramingTerm> terms = analyzer.analyze(List.of(doc("a1", "Outlet A", a), doc("b1", "Outlet B", b)));
    FramingTerm terrorist = terms.stream().filter(t -> t.source().equals("Outlet A") && t.term().equals("terrorist"))
        .findFirst().orElseThrow();
    assertThat(terrorist.kind()).isEqualTo("label");
    assertThat(terrorist.group()).isEqualTo("violent or criminal");
    assertThat(terrorist.count()).isEqualTo(24);
    assertThat(terrorist.others()).isZero();
    assertThat(terrorist.z()).isGreaterThan(FramingAnalyzer.MIN_Z);
    assertThat(terrorist.evidence()).allSatisfy(s ->
        assertThat(Words.normalise(a.substring(s.start(), s.end()))).isEqualTo("terrorist"));
    assertThat(terms).anySatisfy(t -> {
      assertThat(t.source()).isEqualTo("Outlet B");
      assertThat(t.term()).isEqualTo("protester");
      assertThat(t.z()).isGreaterThan(FramingAnalyzer.MIN_Z);
    });
  }

  @Test
  void wordBothSourcesUseAlikeIsNotDistinctive() {
    String a = ("Officials spoke about the harvest and the weather in the province." + FILLER).repeat(3);
    String b = ("Officials spoke about the harvest and the weather in the province." + FILLER).repeat(3);
    List<FramingTerm> terms = analyzer.analyze(List.of(doc("a1", "A", a), doc("b1", "B", b)));
    assertThat(terms).noneMatch(t -> t.kind().equals("distinctive"));
  }

  @Test
  void aStoryToldByOneSourceHasNothingToCompare() {
    assertThat(analyzer.analyze(List.of(doc("a1", "A", "Terrorists and bandits." + FILLER),
        doc("a2", "A", "More terrorists." + FILLER)))).isEmpty();
  }

  @Test
  void sourcesAreComparedOnlyWithinTheirStory() {
    List<FramingTerm> terms = analyzer.analyze(List.of(
        new FramingDocument("a1", "A", "s1", ("Rioters and looters." + FILLER).repeat(3)),
        new FramingDocument("b1", "B", "s2", ("Protesters marched." + FILLER).repeat(3))));
    assertThat(terms).isEmpty();
  }

  @Test
  void pluralsAndPossessivesCountAsTheirWord() {
    assertThat(Words.normalise("Militants")).isEqualTo("militant");
    assertThat(Words.normalise("authorities")).isEqualTo("authority");
    assertThat(Words.normalise("Kazakhstan’s")).isEqualTo("kazakhstan");
    assertThat(Words.normalise("police")).isEqualTo("police");
    assertThat(Words.normalise("press")).isEqualTo("press");
  }

  @Test
  void survivesRandomInput() {
    Random r = new Random(3);
    String alphabet = "ab Terrorists’s protesters . \n«»-é";
    for (int round = 0; round < 100; round++) {
      StringBuilder a = new StringBuilder();
      StringBuilder b = new StringBuilder();
      for (int i = r.nextInt(300); i > 0; i--) {
        a.append(alphabet.charAt(r.nextInt(alphabet.length())));
        b.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      for (FramingTerm t : analyzer.analyze(List.of(doc("a", "A", a.toString()), doc("b", "B", b.toString())))) {
        assertThat(Double.isFinite(t.z())).isTrue();
        assertThat(t.evidence()).allSatisfy(s -> assertThat(s.end()).isLessThanOrEqualTo(300));
      }
    }
  }
}
