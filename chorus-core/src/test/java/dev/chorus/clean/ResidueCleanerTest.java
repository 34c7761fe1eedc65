package dev.chorus.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.model.Article;
import dev.chorus.model.OffsetMap;
import dev.chorus.model.Removal;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ResidueCleanerTest {
  private static final ResidueCleaner CLEANER = ResidueCleaner.withBundledPatterns();
  private static final String STORY = "The president declared a state of emergency on Wednesday evening.\n"
      + "Officials said the measures would remain in place for two weeks.\n"
      + "Protesters gathered again in the main square on Thursday morning.\n";

  static Article clean(String original) {
    return CLEANER.process(Article.ingested("t", "t.txt", "txt", null, null, null, null, null, null, null, original));
  }

  @Test
  void dropsCookieBanner() {
    Article a = clean(STORY + "This website uses cookies to improve your experience. Accept Read More\n");
    assertThat(a.text()).doesNotContain("cookies");
    assertThat(a.removed()).extracting(Removal::reason).contains("cookie notice");
  }

  @Test
  void dropsBreadcrumbAndAdminByline() {
    Article a = clean("Home » World » Unrest in the capital\nby admin\n" + STORY);
    assertThat(a.text()).startsWith("The president");
    assertThat(a.removed()).extracting(Removal::reason).containsExactly("breadcrumb", "byline");
  }

  @Test
  void keepsTheStory() {
    Article a = clean(STORY);
    assertThat(a.text()).isEqualTo(STORY.strip());
    assertThat(a.removed()).isEmpty();
  }

  @Test
  void endOfArticleMarkerDropsEverythingAfterIt() {
    Article a = clean(STORY + "You may also like\nSome other headline here\nAnother teaser line\n");
    assertThat(a.text()).isEqualTo(STORY.strip());
    assertThat(a.removed()).hasSize(3);
    assertThat(a.removed().get(1).reason()).startsWith("after end-of-article marker");
  }

  @Test
  void endOfArticleMarkerInTheFirstHalfKeepsTheBody() {
    Article a = clean("Comments\n" + STORY + STORY);
    assertThat(a.text()).contains("Protesters gathered");
  }

  @Test
  void dropsRelatedHeadlineTeaserButKeepsSectionHeading() {
    Article a = clean("Unrest in the Capital\n" + STORY
        + "Government Says Foreign Agents Organised Riots, Promises Swift Response To Unrest\n"
        + "Foreign Interference\n" + STORY);
    assertThat(a.text()).doesNotContain("Foreign Agents Organised").contains("Foreign Interference");
    assertThat(a.removed()).extracting(Removal::reason).containsExactly("related-headline teaser");
  }

  @Test
  void dropsShortLineInAnotherScript() {
    Article a = clean(STORY + "Заголовок открываемого материала\n");
    assertThat(a.text()).doesNotContain("Заголовок");
    assertThat(a.removed().get(0).reason()).startsWith("site-language leftover");
  }

  @Test
  void dropsWidgetDebrisAndLoneNumbers() {
    Article a = clean(STORY + "Newsfeed\n0\nloader\nChats\n");
    assertThat(a.text()).isEqualTo(STORY.strip());
    assertThat(a.removed()).hasSize(4);
  }

  @Test
  void removesInvisibleFormatCharactersAndRecordsThem() {
    Article a = clean("Peace\u200Bful prot\u202Eesters gathered in the square.\n");
    assertThat(a.text()).isEqualTo("Peaceful protesters gathered in the square.");
    assertThat(a.removed()).extracting(Removal::reason).containsOnly("invisible format character");
  }

  @Test
  void keepsOffsetsIntoOriginalText() {
    String original = "Home » News\n\n  " + STORY.replace("\n", "\r\n") + "\u200B\nSubscribe\nSource link\nx\n";
    Article a = clean(original);
    assertMapsBack(a);
    for (Removal r : a.removed()) {
      assertThat(original.substring(r.start(), r.end())).isEqualTo(r.text());
    }
  }

  @Test
  void titleIsFirstLineWhenItReadsLikeAHeadline() {
    assertThat(clean("Unrest in the Capital\n" + STORY).title()).isEqualTo("Unrest in the Capital");
    assertThat(clean(STORY).title()).isNull();
  }

  @Test
  void survivesRandomInput() {
    Random random = new Random(7);
    String alphabet = "ab cdE.\n\r\t»©0123\u200B\u202EЖж\"“”-:";
    for (int round = 0; round < 300; round++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(400);
      for (int i = 0; i < n; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      Article a = clean(sb.toString());
      assertMapsBack(a);
      assertThat(a.text()).doesNotStartWith("\n").doesNotEndWith("\n");
      assertThat(clean(sb.toString()).text()).isEqualTo(a.text());
    }
  }

  static void assertMapsBack(Article a) {
    OffsetMap m = a.offsets();
    assertThat(m.derivedLength()).isEqualTo(a.text().length());
    for (int i = 0; i < a.text().length(); i++) {
      char c = a.text().charAt(i);
      if (c == '\n') {
        continue; // separators between kept lines are not in any piece
      }
      assertThat(a.originalText().charAt(m.toOriginal(i))).as("char %d of %s", i, a.text()).isEqualTo(c);
    }
  }
}
