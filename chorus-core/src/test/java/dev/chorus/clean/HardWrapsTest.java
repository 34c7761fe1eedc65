package dev.chorus.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.model.Article;
import org.junit.jupiter.api.Test;

/** Wire text wrapped at a fixed width is read in paragraphs; other texts keep their lines. */
class HardWrapsTest {
  /** Made up in the manner of a 1980s wire story: wrapped near 65 columns, paragraphs indented. */
  static final String WIRE = String.join("\n",
      "    The harbour board said on Tuesday that cargo volumes rose",
      "nine pct in the first quarter, helped by grain shipments that",
      "were delayed from last year and by a new container terminal.",
      "    Board chairman Ana Ruiz told reporters the terminal, which was",
      "introduced in January and has cost 40 mln dlrs so far, would",
      "be extended next year. Shares of the operator closed on the",
      "exchange at",
      "    12-1/2, up 1/4.");

  private final ResidueCleaner cleaner = ResidueCleaner.withBundledPatterns();

  private Article clean(String text) {
    return cleaner.process(Article.ingested("w", "w.txt", "txt", null, null, null, null, null, null, null, text));
  }

  @Test
  void joinsTheLinesOfEachWrappedParagraph() {
    Article a = clean(WIRE);
    String[] paragraphs = a.text().split("\n");
    assertThat(paragraphs).hasSize(3);
    assertThat(paragraphs[1]).contains("which was introduced in January and has cost").contains("closed on the exchange at");
    assertThat(a.removed()).as("no wrapped line is taken for residue").isEmpty();
  }

  @Test
  void joinedTextStillMapsToTheCharactersAsGiven() {
    Article a = clean(WIRE);
    int at = a.text().indexOf("introduced");
    int end = at + "introduced in January".length();
    assertThat(WIRE.substring(a.offsets().toOriginal(at), a.offsets().toOriginalEnd(end)))
        .isEqualTo("introduced in January");
  }

  @Test
  void shortParagraphsAndListsKeepTheirLines() {
    String list = "Results of the vote:\nYes 120\nNo 80\nAbstained 12\nAbsent 3\nThe motion passed.";
    assertThat(clean(list).text().split("\n")).hasSize(6);
    String paragraphs = String.join("\n",
        "The council voted on Tuesday to close the old bridge over the river.",
        "Residents said the closure would add half an hour to their commute.",
        "The mayor said a new crossing would be built by 2025 with a grant.",
        "A temporary footbridge is being considered for the summer months.",
        "The vote was seven to two, with one member absent from the meeting.");
    assertThat(clean(paragraphs).text().split("\n")).as("lines that each end a sentence").hasSize(5);
  }
}
