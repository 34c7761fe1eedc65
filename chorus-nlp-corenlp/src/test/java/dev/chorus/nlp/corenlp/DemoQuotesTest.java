package dev.chorus.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.annotate.AnnotateStage;
import dev.chorus.model.Article;
import dev.chorus.model.Quote;
import dev.chorus.testing.AnalysedPile;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Quotes of the bundled corpus through the annotate stage on CoreNLP: partial quotes keep their speaker. */
class DemoQuotesTest {
  @Test
  void tokayevsLargelyRestoredIsHisPartialQuote() throws Exception {
    String text = Files.readString(AnalysedPile.DEMO.resolve("004_a4a6b7a16d3f93f7.txt"));
    Article a = Article.ingested("004", "004.txt", "txt", null, null, null, null, null, "en", null, text)
        .withCleanText(text, List.of(), null, null);
    List<Quote> quotes = new AnnotateStage(new CoreNlpBackend()).process(a).annotations().quotes();
    Quote q = quotes.stream().filter(x -> x.text().equals("largely restored")).findFirst().orElseThrow();
    assertThat(q.speaker()).contains("Tokayev");
    assertThat(a.text().substring(q.speakerSpan().start(), q.speakerSpan().end())).contains("Tokayev");
  }
}
