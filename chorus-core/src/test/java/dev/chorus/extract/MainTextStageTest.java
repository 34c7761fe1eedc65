package dev.chorus.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.model.Article;
import dev.chorus.model.Removal;
import dev.chorus.testing.BridgeStory;
import org.junit.jupiter.api.Test;

class MainTextStageTest {
  private static final String STORY = BridgeStory.FIRST;
  private static final String HTML = "<html><head><title>Bridge</title>"
      + BridgeStory.META_TAGS
      + "<meta property=\"article:modified_time\" content=\"2022-01-07T08:00:00Z\"></head>"
      + "<body><nav><a href=/>Home</a></nav><article><p>" + STORY + "</p><p>" + STORY.replace("Tuesday", "Monday")
      + "</p></article></body></html>";

  private final MainTextStage stage = new MainTextStage(new DensityMainTextExtractor());

  private Article extracted() {
    Article in = Article.ingested("a1", "a1.html", "html", null, null, null, null, null, null, HTML, null);
    return stage.process(in);
  }

  @Test
  void droppedBlocksAreRemovalsThatPointIntoTheOriginalText() {
    Article out = extracted();
    assertThat(out.removed()).isNotEmpty();
    for (Removal r : out.removed()) {
      assertThat(out.originalText().substring(r.start(), r.end())).isEqualTo(r.text());
    }
    assertThat(out.removed()).anySatisfy(r -> assertThat(r.text()).isEqualTo("Home"));
  }

  @Test
  void originalTextHoldsEveryVisibleBlockOnItsOwnLine() {
    assertThat(extracted().originalText().split("\n")).contains("Home", STORY);
  }

  @Test
  void fillsPageInfoAndDatesFromTheMetadata() {
    Article out = extracted();
    assertThat(out.published()).isEqualTo("2022-01-06");
    assertThat(out.publishedSource()).isEqualTo("meta:article:published_time");
    assertThat(out.modified()).isEqualTo("2022-01-07");
    assertThat(out.site()).isEqualTo("Valley Post");
    assertThat(out.byline()).isEqualTo("Ana Ruiz");
  }

  @Test
  void thePagesSiteNameIsTheOutletWhenTheInputNamedNone() {
    assertThat(extracted().source()).isEqualTo("Valley Post");
    Article bare = stage.process(Article.ingested("b", "b.html", "html", null, null, "https://www.example.org/x",
        null, null, null, "<html><body><p>" + STORY + "</p></body></html>", null));
    assertThat(bare.source()).isEqualTo("example.org");
  }

  @Test
  void pageMetadataWinsOverACrawlRecordDateButNotOverAGivenDate() {
    Article crawled = Article.ingested("c", "c.warc#1", "warc", null, null, null, "2022-01-09T10:00Z", "warc:date",
        null, HTML, null);
    assertThat(stage.process(crawled).publishedSource()).isEqualTo("meta:article:published_time");
    Article given = Article.ingested("g", "g.html", "html", null, null, null, "2022-01-05", "manifest", null, HTML,
        null);
    assertThat(stage.process(given).published()).isEqualTo("2022-01-05");
  }

  @Test
  void removalsStayInsideTheOriginalTextOnRandomPages() {
    java.util.Random random = new java.util.Random(7);
    String[] parts = {"<div>", "</div>", "<p>", "</p>", "<a href=x>", "</a>", "<nav>", "</nav>", "word ",
        "A sentence, with a comma, long enough to be prose in a story. ", "<h1>", "<li>", "\u00A0", "&amp;"};
    for (int i = 0; i < 100; i++) {
      StringBuilder sb = new StringBuilder();
      for (int j = 0; j < random.nextInt(200); j++) {
        sb.append(parts[random.nextInt(parts.length)]);
      }
      Article out = stage.process(Article.ingested("r", "r.html", "html", null, null, null, null, null, null,
          sb.toString(), null));
      for (Removal r : out.removed()) {
        assertThat(out.originalText().substring(r.start(), r.end())).isEqualTo(r.text());
      }
    }
  }

  @Test
  void passesPlainTextArticlesThrough() {
    Article plain = Article.ingested("t", "t.txt", "txt", null, null, null, null, null, null, null, "Just text.");
    assertThat(stage.process(plain)).isSameAs(plain);
  }
}
