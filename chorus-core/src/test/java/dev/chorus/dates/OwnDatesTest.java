package dev.chorus.dates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.model.Article;
import dev.chorus.model.OffsetMap;
import dev.chorus.model.Removal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OwnDatesTest {
  static Article article(String url, String text, List<Removal> removed, String modified) {
    return Article.ingested("a", "a.txt", "txt", null, null, url, null, null, "en", null, text)
        .withCleanText(text, removed, OffsetMap.identity(text.length()), "h")
        .withPageInfo(null, null, modified);
  }

  private static OwnDate infer(String url, String text) {
    return OwnDates.infer(article(url, text, List.of(), null));
  }

  @Test
  void readsAFullDatePathInTheUrl() {
    OwnDate d = infer("https://example.org/world/2022/01/08/order-restored/", "Order was restored.");
    assertThat(d.date()).isEqualTo(LocalDate.of(2022, 1, 8));
    assertThat(d.basis()).startsWith("inferred: URL path (");
  }

  @Test
  void datelineTakesItsYearFromTheUrl() {
    OwnDate d = infer("https://example.org/2022/world/story", "MOSCOW, Jan. 5 (Reuters) - Troops arrived.");
    assertThat(d.date()).isEqualTo(LocalDate.of(2022, 1, 5));
    assertThat(d.basis()).contains("dateline").contains("MOSCOW, Jan. 5 (Reuters) -").contains("year from the URL");
  }

  @Test
  void datelineTakesItsYearFromAFullDateInTheFirstLines() {
    OwnDate d = infer(null, "SALVADOR, Feb 26 - Showers continued, the review dated February 25, 1987 said.");
    assertThat(d.date()).isEqualTo(LocalDate.of(1987, 2, 26));
    assertThat(d.basis()).contains("year from full date in the first lines");
  }

  @Test
  void datelineInLateDecemberBeforeAJanuaryStampIsThePreviousYear() {
    Article a = article(null, "NEW YORK, Dec 31 - Markets closed.", List.of(), "2023-01-02");
    assertThat(OwnDates.infer(a).date()).isEqualTo(LocalDate.of(2022, 12, 31));
  }

  @Test
  void datelineWithoutAnyYearEvidenceLeavesTheArticleUndated() {
    assertThat(infer(null, "SALVADOR, Feb 26 - Showers continued throughout the week.")).isNull();
  }

  @Test
  void readsAFullDateInTheFirstLines() {
    OwnDate d = infer(null, "Order restored\nBy a reporter\nPublished 8 January 2022\nThe president said.");
    assertThat(d.date()).isEqualTo(LocalDate.of(2022, 1, 8));
    assertThat(d.basis()).startsWith("inferred: full date in the first lines (\"8 January 2022\"");
  }

  @Test
  void ignoresDatesDeepInTheStory() {
    String text = "Bonds were sold.\nThe issue pays 7 pct.\nIt was priced at par.\nThe bonds mature on"
        + " February 20, 2002, the lead manager said.";
    assertThat(infer(null, text)).isNull();
  }

  @Test
  void fallsBackToRemovedStampsThenTheModifiedDate() {
    List<Removal> stamp = List.of(new Removal(0, 1, "- Sputnik International, 1920, 06.01.2022", "caption"));
    assertThat(OwnDates.infer(article(null, "Protests.", stamp, "2022-01-09")).date())
        .isEqualTo(LocalDate.of(2022, 1, 6));
    OwnDate modified = OwnDates.infer(article(null, "Protests.", List.of(), "2022-01-09T10:00:00Z"));
    assertThat(modified.date()).isEqualTo(LocalDate.of(2022, 1, 9));
    assertThat(modified.basis()).startsWith("inferred: page's modified date");
  }

  @Test
  void nothingOfItsOwnGivesNoDate() {
    assertThat(infer("https://example.org/story", "The president said order was restored on January 8.")).isNull();
  }

  @Test
  void stageKeepsAGivenDateAndMarksAnInferredOne() {
    Article given = Article.ingested("g", "g.txt", "txt", null, null, null, "2022-01-07", "manifest", "en", null,
        "Published 8 January 2022").withCleanText("Published 8 January 2022", List.of(), OffsetMap.identity(24), "h");
    assertThat(new OwnDateStage().process(given)).isSameAs(given);
    Article inferred = new OwnDateStage().process(article(null, "Published 8 January 2022", List.of(), null));
    assertThat(inferred.published()).isEqualTo("2022-01-08");
    assertThat(inferred.publishedInferred()).isTrue();
  }

  @Test
  void survivesGarbage() {
    for (String s : List.of("", " ", "\n\n\n", "A, Feb 99 -", "ZZ, Feb 29 - x", "31.02.2022", "/9999/99/99/")) {
      OwnDates.infer(article(s, s, List.of(new Removal(0, 0, s, "x")), s));
    }
  }
}
