package dev.chorus.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.annotate.ArticleFacts;
import dev.chorus.reuse.SentenceEncoder;
import dev.chorus.testing.Facts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimilarSentenceConceptsTest {
  /** Vectors given per sentence (by a word it contains); any other sentence gets its own direction. */
  private record FixedEncoder(Map<String, float[]> byWord) implements SentenceEncoder {
    @Override
    public String name() {
      return "fixed";
    }

    @Override
    public int dimension() {
      return 16;
    }

    @Override
    public float[][] encode(List<String> sentences) {
      float[][] out = new float[sentences.size()][];
      for (int i = 0; i < out.length; i++) {
        for (var e : byWord.entrySet()) {
          if (sentences.get(i).contains(e.getKey())) {
            out[i] = e.getValue();
          }
        }
        if (out[i] == null) {
          out[i] = new float[16];
          out[i][8 + i % 8] = 1;
        }
      }
      return out;
    }
  }

  private static ClaimsResult analyze(Map<String, float[]> vectors, Facts... facts) {
    List<ArticleFacts> corpus = new ArrayList<>();
    for (Facts f : facts) {
      corpus.add(f.build());
    }
    return new ClaimsAnalyzer(ClaimVocabulary.bundled(), new FixedEncoder(vectors)).analyze(corpus);
  }

  private static final Facts PLANES = Facts.article("a", "Russia sent 75 planes to Almaty.")
      .number("75 planes", "75", 75, null, "planes");
  private static final Facts AIRCRAFT = Facts.article("b", "Moscow sent 75 aircraft to Almaty.")
      .number("75 aircraft", "75", 75, null, "aircraft");

  @Test
  void headNounsTheVocabularyLacksMeetWhenTheirSentencesMeanTheSame() {
    ClaimsResult r = analyze(Map.of("planes", new float[] {1, 0.1f}, "aircraft", new float[] {1, 0.12f}),
        PLANES, AIRCRAFT);
    assertThat(r.claims()).extracting(Claim::key).containsOnly("aircraft|send");
    assertThat(r.comparisons()).singleElement().extracting(Comparison::verdict).isEqualTo(Verdict.AGREE);
  }

  @Test
  void dissimilarSentencesKeepTheirOwnConcepts() {
    ClaimsResult r = analyze(Map.of("planes", new float[] {1, 0}, "aircraft", new float[] {0, 1}), PLANES, AIRCRAFT);
    assertThat(r.claims()).extracting(Claim::key).containsExactly("plane|send", "aircraft|send");
  }

  @Test
  void aFigureOfUnknownConceptTakesTheVocabularyConceptOfItsParaphrase() {
    ClaimsResult r = analyze(Map.of("deaths", new float[] {1, 0.1f}, "demonstrators", new float[] {1, 0.12f}),
        Facts.article("a", "The clashes ended in 26 deaths.").number("26 deaths", "26", 26, null, "deaths"),
        Facts.article("b", "The clashes killed 26 demonstrators.")
            .number("26 demonstrators", "26", 26, null, "demonstrators"));
    assertThat(r.claims()).extracting(Claim::key).containsOnly("protesters|kill");
  }

  @Test
  void vocabularyConceptsNeverChange() {
    ClaimsResult r = analyze(Map.of("peacekeepers", new float[] {1, 0}, "officers", new float[] {1, 0}),
        Facts.article("a", "The alliance sent 300 peacekeepers.").number("300 peacekeepers", "300", 300, null,
            "peacekeepers"),
        Facts.article("b", "The alliance sent 300 police officers.").number("300 police officers", "300", 300, null,
            "police officers"));
    assertThat(r.claims()).extracting(Claim::key).containsExactly("troops|send", "police|send");
  }
}
