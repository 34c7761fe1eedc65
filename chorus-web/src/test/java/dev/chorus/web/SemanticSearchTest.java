package dev.chorus.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.model.Span;
import dev.chorus.reuse.SentenceEncoder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SemanticSearchTest {
  /** Words to meanings: synonyms share a dimension, so similar meaning shows without shared words. */
  static final Map<String, Integer> MEANING = Map.of("soldiers", 0, "peacekeepers", 0, "troops", 0,
      "protest", 1, "rally", 1, "demonstrators", 1, "price", 2, "fuel", 2);

  static final SentenceEncoder TOY = new SentenceEncoder() {
    @Override
    public String name() {
      return "toy";
    }

    @Override
    public int dimension() {
      return 3;
    }

    @Override
    public float[][] encode(List<String> sentences) {
      float[][] out = new float[sentences.size()][3];
      for (int i = 0; i < sentences.size(); i++) {
        for (String w : sentences.get(i).toLowerCase().split("\\W+")) {
          Integer d = MEANING.get(w);
          if (d != null) {
            out[i][d]++;
          }
        }
      }
      return out;
    }
  };

  static SentenceSearch.Hit sentence(String article, String text) {
    return new SentenceSearch.Hit(new Span(article, 0, text.length()), text, 0);
  }

  @Test
  void findsTheSentenceNearestInMeaningWithoutASharedWord() throws Exception {
    SemanticSearch search = new SemanticSearch(List.of(sentence("a", "A rally against fuel prices."),
        sentence("b", "The alliance sent peacekeepers."), sentence("c", "Demonstrators gathered.")), TOY);
    List<SentenceSearch.Hit> hits = search.search("soldiers", 2);
    assertThat(hits.get(0).span().article()).isEqualTo("b");
    assertThat(hits.get(0).score()).isCloseTo(1f, org.assertj.core.data.Offset.offset(1e-5f));
  }

  @Test
  void leavesOutSentencesWithoutAnEmbedding() throws Exception {
    SemanticSearch search = new SemanticSearch(List.of(sentence("a", "Nothing known here."),
        sentence("b", "Troops arrived.")), TOY);
    assertThat(search.search("soldiers", 10)).extracting(h -> h.span().article()).containsExactly("b");
  }

  @Test
  void answersNothingForABlankQueryOrOneWithoutMeaning() throws Exception {
    SemanticSearch search = new SemanticSearch(List.of(sentence("b", "Troops arrived.")), TOY);
    assertThat(search.search("  ", 10)).isEmpty();
    assertThat(search.search("unknown words", 10)).isEmpty();
  }

  @Test
  void takesStoredVectorsAndEncodesOnlyTheOthers() throws Exception {
    SemanticSearch search = new SemanticSearch(List.of(sentence("a", "Nothing known here."),
        sentence("b", "Troops arrived.")), TOY, texts -> texts.contains("Nothing known here.")
            ? Map.of("Nothing known here.", new float[] {1, 0, 0}) : Map.of());
    assertThat(search.encodedCount()).isEqualTo(1);
    assertThat(search.search("soldiers", 10)).extracting(h -> h.span().article()).containsExactlyInAnyOrder("a", "b");
  }

  @Test
  void encodesNoSentenceWhenEveryVectorIsStored() throws Exception {
    SemanticSearch search = new SemanticSearch(List.of(sentence("a", "A rally."), sentence("b", "Troops arrived.")),
        TOY, texts -> {
          Map<String, float[]> out = new java.util.HashMap<>();
          texts.forEach(t -> out.put(t, TOY.encode(List.of(t))[0]));
          return out;
        });
    assertThat(search.encodedCount()).isZero();
    assertThat(search.search("soldiers", 1).get(0).span().article()).isEqualTo("b");
  }
}
