package dev.chorus.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpanTest {
  @Test
  void removalsIndexTheTextAsGivenAndSentencesTheCleanedText() {
    assertThat(new Removal(0, 4, "junk", "test").span().indexes()).isEqualTo(Span.Text.ORIGINAL);
    assertThat(new Sentence(0, 0, 4, 0).span().indexes()).isEqualTo(Span.Text.CLEANED);
    assertThatThrownBy(() -> new Removal(new Span("a", 0, 4), "junk", "test"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Sentence(0, Span.original("a", 0, 4), 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anArticleNamesItselfInTheSpansOfItsRemovalsAndSentences() {
    Article a = Article.ingested("a", "a.txt", "txt", null, null, null, null, null, "en", null, "junk\nStory.")
        .withCleanText("Story.", List.of(new Removal(0, 4, "junk", "test")), OffsetMap.of(new int[] {0},
            new int[] {5}, new int[] {6}), "h")
        .withSentences(List.of(new Sentence(0, 0, 6, 0)));
    assertThat(a.removed().get(0).span()).isEqualTo(Span.original("a", 0, 4));
    assertThat(a.sentences().get(0).span()).isEqualTo(new Span("a", 0, 6));
    assertThat(a.textOf(a.sentences().get(0).span())).isEqualTo("Story.");
  }
}
