package dev.chorus.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.annotate.ArticleFacts;
import dev.chorus.model.NumberMention;
import dev.chorus.model.Quote;
import dev.chorus.model.Sentence;
import dev.chorus.model.Span;
import dev.chorus.model.TimeExpression.Precision;
import dev.chorus.model.TimeExpression.Reference;
import dev.chorus.model.TimeExpression;
import dev.chorus.timeline.TimelineEvent;
import dev.chorus.timeline.TimelineStage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The analyzer on random text with random annotations: no exception, every evidence span inside its text. */
class RandomInputTest {
  private static final String ALPHABET = "ab c.\n,«»\"0123456789 killed sent among police people ";

  @Test
  void randomArticlesGiveSpansInsideTheirText() {
    Random random = new Random(42);
    ClaimsAnalyzer analyzer = new ClaimsAnalyzer(ClaimVocabulary.bundled());
    for (int round = 0; round < 200; round++) {
      List<ArticleFacts> corpus = new ArrayList<>();
      for (int k = 0; k < 3; k++) {
        corpus.add(randomArticle(random, "r" + k));
      }
      ClaimsResult r = analyzer.analyze(corpus);
      for (Claim c : r.claims()) {
        String text = corpus.get(Integer.parseInt(c.article().substring(1))).text();
        assertThat(c.span().end()).isLessThanOrEqualTo(text.length());
      }
      for (TimelineEvent e : new TimelineStage().events(corpus, Map.of())) {
        for (Span s : e.spans()) {
          assertThat(s.end()).isLessThanOrEqualTo(corpus.get(Integer.parseInt(s.article().substring(1))).text().length());
        }
      }
    }
  }

  private static ArticleFacts randomArticle(Random random, String id) {
    int n = random.nextInt(300);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    String text = sb.toString();
    List<Sentence> sentences = new ArrayList<>();
    for (int i = 0, start = 0; start < text.length(); i++) {
      int end = Math.min(text.length() + random.nextInt(3), start + 1 + random.nextInt(80));
      sentences.add(new Sentence(i, start, end, 0));
      start = end;
    }
    List<NumberMention> numbers = new ArrayList<>();
    List<Quote> quotes = new ArrayList<>();
    List<TimeExpression> times = new ArrayList<>();
    for (int i = 0; i < random.nextInt(6); i++) {
      int s = random.nextInt(Math.max(1, text.length() + 5));
      int e = s + random.nextInt(20);
      String[] qualifiers = {null, "about", "more than", "nearly", "up to", "odd"};
      numbers.add(new NumberMention(new Span(id, s, e), "7", random.nextInt(5000),
          qualifiers[random.nextInt(qualifiers.length)], random.nextBoolean() ? "police officers" : null, null));
      quotes.add(new Quote(new Span(id, s, e + 5), "", random.nextBoolean() ? "X" : null, null, null));
      String day = "2022-01-0" + (1 + random.nextInt(9));
      times.add(new TimeExpression(new Span(id, s, e), "x", day, Precision.DAY, day, day, Reference.PUBLISHED,
          random.nextBoolean() ? "XXXX-01-02" : "REF"));
    }
    return new ArticleFacts(id, text, null, random.nextBoolean() ? null : "2022-01-10", sentences, numbers, quotes,
        List.of(), times);
  }
}
