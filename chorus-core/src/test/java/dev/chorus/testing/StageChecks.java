package dev.chorus.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.model.Annotations;
import dev.chorus.model.Article;
import dev.chorus.model.OffsetMap;
import dev.chorus.model.Removal;
import dev.chorus.model.Sentence;
import dev.chorus.model.Span;
import dev.chorus.pipeline.ArticleStage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * What every article stage must do with any input, checked on random articles (as Lucene's
 * {@code BaseTokenStreamTestCase.checkRandomData} checks analyzers): never throw, keep every span inside the text it
 * indexes, keep sentences in order without overlap, keep the offset map inside the text as given and in order, and
 * give the same article for the same input.
 */
public final class StageChecks {
  private StageChecks() {}

  /** Runs {@code stage} on {@code iterations} random articles from {@code seed}; fails naming the seed and input. */
  public static void checkRandomData(ArticleStage stage, long seed, int iterations) {
    Random r = new Random(seed);
    for (int i = 0; i < iterations; i++) {
      Article in = RandomArticles.article(r, "r" + i);
      try {
        Article out = stage.process(in);
        checkSpans(out);
        Article again = stage.process(in);
        assertThat(again.text()).isEqualTo(out.text());
        assertThat(again.sentences()).isEqualTo(out.sentences());
        assertThat(again.removed()).isEqualTo(out.removed());
        assertThat(again.annotations()).isEqualTo(out.annotations());
        assertThat(again.published()).isEqualTo(out.published());
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError("stage " + stage.name() + " on random article " + i + " of seed " + seed + ": "
            + e.getMessage() + "\ninput: " + (in.html() != null ? in.html() : in.originalText()), e);
      }
    }
  }

  /** Every span of the article inside the text it indexes; sentences ordered; the offset map inside and ordered. */
  public static void checkSpans(Article a) {
    String text = a.text() == null ? "" : a.text();
    String original = a.originalText() == null ? "" : a.originalText();
    List<Span> spans = new ArrayList<>();
    int previousEnd = 0;
    for (Sentence s : a.sentences()) {
      assertThat(s.span().start()).as("sentence %s starts after the one before", s).isGreaterThanOrEqualTo(previousEnd);
      previousEnd = s.span().end();
      spans.add(s.span());
    }
    for (Removal removal : a.removed()) {
      assertThat(removal.span().indexes()).isEqualTo(Span.Text.ORIGINAL);
      assertThat(removal.end()).as("removal %s", removal).isLessThanOrEqualTo(original.length());
    }
    Annotations n = a.annotations();
    if (n != null) {
      n.mentions().forEach(m -> spans.add(m.span()));
      n.quotes().forEach(q -> spans.add(q.span()));
      n.quotes().stream().filter(q -> q.speakerSpan() != null).forEach(q -> spans.add(q.speakerSpan()));
      n.times().forEach(t -> spans.add(t.span()));
      n.numbers().forEach(x -> spans.add(x.span()));
      spans.addAll(n.scareQuotes());
    }
    for (Span s : spans) {
      String indexed = s.indexes() == Span.Text.CLEANED ? text : original;
      assertThat(s.end()).as("span %s inside its text of %d chars", s, indexed.length())
          .isLessThanOrEqualTo(indexed.length());
    }
    OffsetMap map = a.offsets();
    if (map != null && !text.isEmpty()) {
      int last = -1;
      for (int i = 0; i <= text.length(); i++) {
        int o = map.toOriginal(i);
        assertThat(o).as("offset %d maps inside the text as given", i).isBetween(0, original.length());
        assertThat(o).as("offset %d maps in order", i).isGreaterThanOrEqualTo(last);
        last = o;
      }
    }
  }
}
