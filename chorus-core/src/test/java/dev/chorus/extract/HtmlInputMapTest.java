package dev.chorus.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.clean.ResidueCleaner;
import dev.chorus.model.Article;
import dev.chorus.model.OffsetMap;
import dev.chorus.testing.BridgeStory;
import org.junit.jupiter.api.Test;

/** An HTML article's cleaned text maps back to the characters of the page as given. */
class HtmlInputMapTest {
  private static final String STORY = BridgeStory.FIRST;
  /** Markup, entities, a line break inside a paragraph, CRLF line ends, a dropped menu and a cookie notice. */
  private static final String HTML = "<html><head><title>Bridge</title></head>\r\n<body>"
      + "<nav><a href=/>Home</a> | <a href=/news>News</a></nav>\r\n<article><h1>Old bridge to close</h1>\r\n"
      + "<p>The council <b>voted</b> on Tuesday to close the old bridge,\r\n   citing a report that found its steel"
      + " supports had corroded beyond repair, the mayor said.</p>\r\n"
      + "<p>&ldquo;It is not safe,&rdquo; said Ana Ruiz &amp; her deputy, who inspected it on Jan.&nbsp;4 with"
      + " engineers from the county. The bridge carried 4,000 cars a day before the closure.</p>\r\n"
      + "<p>" + STORY.replace("Tuesday", "Monday") + "</p></article>\r\n"
      + "<footer>We use cookies. Accept all cookies</footer></body></html>";

  private static Article cleaned() {
    Article in = Article.ingested("b1", "b1.html", "html", null, null, null, null, null, null, HTML, null);
    return ResidueCleaner.withBundledPatterns().process(new MainTextStage(new DensityMainTextExtractor()).process(in));
  }

  @Test
  void everyCleanedCharacterStandsAtItsCharacterOfThePage() {
    Article a = cleaned();
    OffsetMap map = a.inputMap();
    String text = a.text();
    assertThat(text).contains("voted on Tuesday").contains("“It is not safe,”").contains("Ruiz & her");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        continue;
      }
      int at = map.toOriginal(i);
      char inPage = HTML.charAt(at);
      if (c == ' ') {
        assertThat(Character.isWhitespace(inPage) || inPage == '&').as("space at %d -> %d", i, at).isTrue();
      } else if (inPage != c) {
        // a character reference stands for what it decodes to
        assertThat(inPage).as("%s at %d -> %d", c, i, at).isEqualTo('&');
      }
    }
  }

  @Test
  void aCleanedSpanMapsToTheSameCharactersInTheInput() {
    Article a = cleaned();
    OffsetMap map = a.inputMap();
    String phrase = "citing a report that found its steel supports";
    int start = a.text().indexOf(phrase);
    int end = start + phrase.length();
    assertThat(HTML.substring(map.toOriginal(start), map.toOriginalEnd(end))).isEqualTo(phrase);
    String quoted = "said Ana Ruiz";
    int q = a.text().indexOf(quoted);
    assertThat(HTML.substring(map.toOriginal(q), map.toOriginalEnd(q + quoted.length()))).isEqualTo(quoted);
    // the stored map still takes the same span to the text of the blocks
    assertThat(a.originalText().substring(a.offsets().toOriginal(start), a.offsets().toOriginalEnd(end)))
        .isEqualTo(phrase);
  }

  @Test
  void plainTextIsItsOwnInput() {
    Article in = Article.ingested("t1", "t1.txt", "txt", null, null, null, null, null, null, null, STORY);
    Article a = ResidueCleaner.withBundledPatterns().process(new MainTextStage(new DensityMainTextExtractor()).process(in));
    assertThat(a.inputOffsets()).isNull();
    assertThat(STORY.substring(a.inputMap().toOriginal(4), a.inputMap().toOriginalEnd(11))).isEqualTo("council");
  }
}
