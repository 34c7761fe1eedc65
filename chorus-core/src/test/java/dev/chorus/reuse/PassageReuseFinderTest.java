package dev.chorus.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PassageReuseFinderTest {
  private static final String LINE = "the authorities have heard the demands of the protesters and agreed to meet"
      + " these demands however terrorist extremist and criminal groups decided this was their chance";

  @Test
  void pairsOnlyDocumentsSharingAPassage() {
    List<WordTokens> docs = List.of(
        WordTokens.of("Report one. " + LINE + ". More text."),
        WordTokens.of("Cocoa showers continued throughout the week in the Bahia zone, easing the long drought."),
        WordTokens.of("As the agency put it, " + LINE + "."));
    List<PassagePair> pairs = new PassageReuseFinder(PassageConfig.defaults()).find(docs);
    assertThat(pairs).hasSize(1);
    assertThat(pairs.get(0).a()).isEqualTo(0);
    assertThat(pairs.get(0).b()).isEqualTo(2);
  }

  @Test
  void ngramsInTooManyDocumentsPairNothing() {
    PassageConfig config = new PassageConfig(5, 2, 3, 2, 20, 12, 0.5);
    List<WordTokens> docs = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      docs.add(WordTokens.of("doc " + i + " " + LINE));
    }
    assertThat(new PassageReuseFinder(config).candidatePairs(docs)).isEmpty();
    assertThat(new PassageReuseFinder(PassageConfig.defaults()).candidatePairs(docs)).hasSize(10);
  }

  @Test
  void skipsPairsTheFilterRefuses() {
    List<WordTokens> docs = List.of(WordTokens.of(LINE), WordTokens.of(LINE));
    assertThat(new PassageReuseFinder(PassageConfig.defaults()).find(docs, (a, b) -> false)).isEmpty();
  }

  @Test
  void emptyCorpusAndEmptyDocumentsFindNothing() {
    PassageReuseFinder finder = new PassageReuseFinder(PassageConfig.defaults());
    assertThat(finder.find(List.of())).isEmpty();
    assertThat(finder.find(List.of(WordTokens.of(""), WordTokens.of("")))).isEmpty();
  }
}
