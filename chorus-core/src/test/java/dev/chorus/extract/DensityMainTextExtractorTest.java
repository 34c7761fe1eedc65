package dev.chorus.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.chorus.testing.BridgeStory;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DensityMainTextExtractorTest {
  private static final String P1 = BridgeStory.FIRST;
  private static final String P2 = BridgeStory.SECOND;
  private static final String P3 = BridgeStory.THIRD;

  private final DensityMainTextExtractor extractor = new DensityMainTextExtractor();

  private static String page(String insideArticle) {
    return "<html><head><title>Bridge closed</title></head><body>"
        + "<nav><ul><li><a href=/>Home</a></li><li><a href=/news>News</a></li><li><a href=/sport>Sport</a></li></ul></nav>"
        + "<div class=\"layout\"><div class=\"article-body\">" + insideArticle + "</div>"
        + "<aside class=\"sidebar\"><h3>Most read</h3><p>A completely different story about a parade, with commas,"
        + " that sits in the sidebar of the page and is not part of the article.</p></aside></div>"
        + "<footer><p>Copyright Valley Post. All rights reserved, including the right to reproduce.</p></footer>"
        + "</body></html>";
  }

  private String mainText(String html) {
    return extractor.extract(html, null).mainText();
  }

  @Test
  void keepsStoryParagraphsInOrder() {
    String text = mainText(page("<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>"));
    assertThat(text).isEqualTo(P1 + "\n" + P2 + "\n" + P3);
  }

  @Test
  void dropsNavigationSidebarAndFooter() {
    String text = mainText(page("<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>"));
    assertThat(text).doesNotContain("Home", "parade", "Copyright");
  }

  @Test
  void dropsShareBarAndRelatedLinksInsideTheArticle() {
    String text = mainText(page("<div class=\"share-tools\"><span>Share this story on your timeline</span></div>"
        + "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>"
        + "<div class=\"related-stories\"><p>Bridge inspections are overdue across the region, officials say.</p></div>"));
    assertThat(text).isEqualTo(P1 + "\n" + P2 + "\n" + P3);
  }

  @Test
  void dropsCookieBanner() {
    String banner = "<div id=\"cookie-consent\"><p>We use cookies to improve your experience, to show you"
        + " personalised content, and to analyse our traffic. Accept all cookies?</p></div>";
    String html = page("<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>").replace("<body>", "<body>" + banner);
    assertThat(mainText(html)).doesNotContain("cookies").contains(P1);
  }

  @Test
  void dropsCommentThread() {
    String text = mainText(page("<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>"
        + "<section class=\"comments\"><h3>12 comments</h3><div class=\"comment\"><p>I drive over that bridge"
        + " every day, and frankly, it was about time somebody did something about it.</p></div></section>"));
    assertThat(text).isEqualTo(P1 + "\n" + P2 + "\n" + P3);
  }

  @Test
  void dropsHeadlineBylineAndCaption() {
    String text = mainText(page("<h1>Council closes the old bridge</h1><p>By Ana Ruiz, January 6, 2022</p>"
        + "<figure><img src=x.jpg><figcaption>The bridge in 1990.</figcaption></figure>"
        + "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>"));
    assertThat(text).isEqualTo(P1 + "\n" + P2 + "\n" + P3);
  }

  @Test
  void keepsSubheadingsAndListsInsideTheStory() {
    String text = mainText(page("<p>" + P1 + "</p><h2>What happens next</h2><p>" + P2 + "</p>"
        + "<ul><li>Buses will run every ten minutes.</li><li>Cyclists may use the rail bridge.</li></ul><p>" + P3 + "</p>"));
    assertThat(text).contains("What happens next", "Buses will run every ten minutes.");
  }

  @Test
  void dropsLinkListsAndFurnitureLabels() {
    String text = mainText(page("<p>" + P1 + "</p><p>Advertisement</p><p>" + P2 + "</p>"
        + "<p><a href=/a>One story</a> <a href=/b>Another story</a> <a href=/c>A third story</a></p><p>" + P3 + "</p>"));
    assertThat(text).isEqualTo(P1 + "\n" + P2 + "\n" + P3);
  }

  @Test
  void recordsWhyEachBlockWasDropped() {
    ExtractedPage page = extractor.extract(page("<p>" + P1 + "</p><p>" + P2 + "</p>"), null);
    assertThat(page.blocks()).filteredOn(b -> b.text().equals("Home"))
        .singleElement().satisfies(b -> assertThat(b.dropReason()).contains("nav"));
  }

  @Test
  void keepsProseOutsideTheContainerThatJsonLdArticleBodyHolds() {
    String p4 = "A final paragraph, set apart by the page's layout, says the ferry will run from March.";
    String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\""
        + P1 + " " + P2 + " " + P3 + " " + p4 + "\"}</script></head><body>"
        + "<div class=\"story\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>"
        + "<div><div><div><p>" + p4 + "</p></div></div></div></body></html>";
    assertThat(mainText(html)).isEqualTo(P1 + "\n" + P2 + "\n" + P3 + "\n" + p4);
  }

  @Test
  void furnitureNameOnTheWrapperOfThePageIsLayout() {
    // An ASP.NET form around everything, and an id naming the layout region "body and footer".
    String html = "<html><body><form id=\"aspnetForm\"><div id=\"region-body-and-footer\">"
        + "<ul class=\"nav\"><li><a href=/>Home</a></li><li><a href=/n>News</a></li></ul>"
        + "<div class=\"text\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>"
        + "<div class=\"footer-links\"><p>Copyright Valley Post. All rights reserved.</p></div></div></form>"
        + "</body></html>";
    String text = mainText(html);
    assertThat(text).isEqualTo(P1 + "\n" + P2 + "\n" + P3);
  }

  @Test
  void dropsReaderCommentsAfterTheirLabelWithoutAnyClass() {
    String post = "What a marvellous opportunity for the council, which should have closed it years ago, frankly.";
    String text = mainText(page("<p>" + P1 + "</p><p>" + P2 + "</p><div>Have your say</div><p>" + post
        + "</p><p>Posted by Idealist on January 10, 2008 5:58 PM</p><p>" + post.replace("council", "mayor")
        + "</p>"));
    assertThat(text).isEqualTo(P1 + "\n" + P2);
  }

  @Test
  void aShortHeadingEndingInCommentsOpensTheThread() {
    String post = "What a marvellous opportunity for the council, which should have closed it years ago, frankly.";
    String text = mainText(page("<p>" + P1 + "</p><p>" + P2 + "</p><div>Most Recent Reader Comments:</div><p>" + post
        + "</p>"));
    assertThat(text).isEqualTo(P1 + "\n" + P2);
  }

  @Test
  void keepsTheStoryAfterACommentsBoxSetIntoIt() {
    String text = mainText(page("<p>" + P1 + "</p><div class=\"box\"><div>Have your say</div>"
        + "<div>Finally some common sense is surfacing here</div></div><p>" + P2 + "</p><p>" + P3 + "</p>"));
    assertThat(text).isEqualTo(P1 + "\n" + P2 + "\n" + P3);
  }

  @Test
  void aCommentCountInTheHeaderIsNoThread() {
    String text = mainText(page("<p>" + P1 + "</p><div>53 Comments</div><p>" + P2 + "</p><p>" + P3 + "</p>"));
    assertThat(text).contains(P1, P2, P3);
  }

  @Test
  void fallsBackToThePageWhenNoContainerHoldsEnoughText() {
    String html = "<html><body><div>" + P1 + "</div><div>" + P2 + "</div></body></html>";
    assertThat(mainText(html)).contains(P1, P2);
  }

  @Test
  void survives200000NestedDivs() {
    StringBuilder sb = new StringBuilder("<html><body>");
    sb.append("<div>x".repeat(200_000)).append("<p>").append(P1).append("</p>").append("</div>".repeat(200_000));
    ExtractedPage page = extractor.extract(sb.toString(), null);
    assertThat(page.mainText()).contains(P1);
  }

  @Test
  void handlesEmptyAndGarbageInput() {
    assertThat(extractor.extract("", null).blocks()).isEmpty();
    assertThat(extractor.extract(null, null).blocks()).isEmpty();
    assertThat(extractor.extract("<<<>>></p></div><div<<", null).mainText()).isNotNull();
  }

  @Test
  void neverThrowsOnRandomMarkup() {
    Random random = new Random(42);
    String[] parts = {"<div>", "</div>", "<p>", "</p>", "<a href=x>", "</a>", "<h1>", "<nav>", "<script>", "&amp;",
        "word ", "sentence, with comma. ", "<article>", "<li>", "<table><tr><td>", "\u0000", "\uD800"};
    for (int i = 0; i < 200; i++) {
      StringBuilder sb = new StringBuilder();
      for (int j = 0; j < random.nextInt(300); j++) {
        sb.append(parts[random.nextInt(parts.length)]);
      }
      String html = sb.toString();
      assertThatCode(() -> extractor.extract(html, null)).doesNotThrowAnyException();
    }
  }
}
