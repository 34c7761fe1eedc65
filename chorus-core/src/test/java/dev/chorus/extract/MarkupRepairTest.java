package dev.chorus.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.testing.BridgeStory;
import org.junit.jupiter.api.Test;

/** Broken markup that an HTML5 parser would read to the end of the file still yields the page's text. */
class MarkupRepairTest {
  private static final String STORY = BridgeStory.FIRST;
  private static final String BODY = "\n<body>\n<div class=\"story\"><p>" + STORY + "</p><p>" + BridgeStory.SECOND
      + "</p></div>\n</body></html>";

  private final DensityMainTextExtractor extractor = new DensityMainTextExtractor();

  private String mainText(String html) {
    return extractor.extract(html, null).mainText();
  }

  @Test
  void unclosedTitleDoesNotSwallowThePage() {
    // As in L3S-GN1: the crawl lost the rest of the head, "</title>" with it.
    String html = "<html><head><title>Bridge to close (Valley Post)ntById(\"font\");\nobj.style.fontSize = 3;"
        + "\n}\n</script>" + BODY;
    assertThat(mainText(html)).contains(STORY).contains(BridgeStory.SECOND);
  }

  @Test
  void unclosedScriptDoesNotSwallowThePage() {
    String html = "<html><head><script type=\"text/javascript\">\nvar a = '<b>' + 1;\nif (a) { x(); }\n</head>"
        + BODY;
    String text = mainText(html);
    assertThat(text).contains(STORY).doesNotContain("var a");
  }

  @Test
  void unclosedStyleDoesNotSwallowThePage() {
    String html = "<html><head><style>\nbody { color: red }\np { margin: 0 }\n</head>" + BODY;
    assertThat(mainText(html)).contains(STORY).doesNotContain("margin");
  }

  @Test
  void scriptWithALostQuoteDoesNotSwallowThePage() {
    // As in L3S-GN1: the crawl cut a src attribute's value, so its quote closes inside the code and the script
    // runs past </head>.
    String html = "<html><head><script type=\"text/javascript\" src=\"/te.color='yellow';\n}\n//-->\n</script>"
        + "<script>\nvar x = document.getElementById(\"a\");\nx.style.display = \"none\";\n</script>\n</head>"
        + BODY + "<script>var y = 1;</script>";
    assertThat(mainText(html)).contains(STORY).contains(BridgeStory.SECOND);
  }

  @Test
  void unclosedCommentEndsAtItsNextBracket() {
    String html = "<html><head><title>Bridge</title></head><!-- layout starts here >" + BODY;
    assertThat(mainText(html)).contains(STORY).doesNotContain("layout starts");
  }

  @Test
  void repairKeepsThePageLengthAndWellFormedPagesAsGiven() {
    String broken = "<html><head><title>Bridge\n<script>\nvar a;\n<!-- x" + BODY;
    assertThat(MarkupRepair.repair(broken)).hasSameSizeAs(broken);
    String fine = "<html><head><title>Bridge</title><script>var a = '</p>';</script><!-- c --></head>" + BODY;
    assertThat(MarkupRepair.repair(fine)).isSameAs(fine);
  }

  @Test
  void repairedTextStillMapsToThePageAsGiven() {
    String html = "<html><head><title>Bridge to close\n<script>\nvar a = 1;\n</head>" + BODY;
    ExtractedPage page = extractor.extract(html, null);
    TextBlock story = page.blocks().stream().filter(b -> b.kept() && b.text().equals(STORY)).findFirst().orElseThrow();
    int start = story.source().toOriginal(0);
    assertThat(html.substring(start, start + 20)).isEqualTo(STORY.substring(0, 20));
  }

  @Test
  void neverEmptyForAPageWithText() {
    // Every block is furniture by its markup: the page's words are still returned.
    String html = "<html><body><nav><p>" + STORY + "</p></nav><footer>Valley Post, 12 Main Street</footer></body></html>";
    assertThat(mainText(html)).contains(STORY);
    String links = "<html><body><div><a href=/a>Bridge closure</a> <a href=/b>Council vote</a></div></body></html>";
    assertThat(mainText(links)).isNotEmpty();
  }
}
