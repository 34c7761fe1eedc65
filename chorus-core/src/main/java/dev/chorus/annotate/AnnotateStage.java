package dev.chorus.annotate;

import static dev.chorus.pipeline.Capability.ANNOTATIONS;
import static dev.chorus.pipeline.Capability.CLEAN_TEXT;
import static dev.chorus.pipeline.Capability.PUBLICATION_DATES;

import dev.chorus.ingest.IsoDates;
import dev.chorus.model.Annotations;
import dev.chorus.model.Article;
import dev.chorus.model.Mention;
import dev.chorus.model.NumberMention;
import dev.chorus.model.Quote;
import dev.chorus.model.Span;
import dev.chorus.model.TimeExpression;
import dev.chorus.model.TimeExpression.Reference;
import dev.chorus.pipeline.ArticleStage;
import dev.chorus.pipeline.StageSpec;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Annotates one article: names, quotes with speakers, time expressions and numbers, all as spans of the cleaned
 * text. The backend runs once per article (with the published date as its document date when there is one); the
 * rules of this package then fix and complete its output.
 *
 * <p>Reference date: the published date, given or inferred from the article's own evidence (see
 * {@link dev.chorus.dates.OwnDates}); an undated article's expressions keep only values that need no anchor.
 * Thread-safe when the backend is.
 */
public final class AnnotateStage implements ArticleStage {
  private static final StageSpec SPEC = StageSpec.of("annotate")
      .requires(CLEAN_TEXT, PUBLICATION_DATES)
      .provides(ANNOTATIONS);

  private final NlpBackend backend;

  public AnnotateStage(NlpBackend backend) {
    this.backend = Objects.requireNonNull(backend, "backend");
  }

  @Override
  public Article process(Article article) {
    String text = article.text();
    if (text == null || text.isBlank()) {
      return article;
    }
    LocalDate published = IsoDates.day(article.published());
    NlpDocument doc = backend.annotate(text, published);
    String id = article.id();
    List<Mention> mentions = MentionFilter.names(id, doc, text);
    List<RawTime> raws = TimeCandidates.from(doc, text);
    Reference kind = published == null ? Reference.NONE
        : article.publishedInferred() ? Reference.INFERRED : Reference.PUBLISHED;
    List<TimeExpression> times = TimeResolver.resolve(id, raws, published, kind);
    List<NumberMention> numbers = NumberFinder.find(id, doc, text, TimeCandidates.calendar(raws));
    List<Quote> quotes = new ArrayList<>();
    List<Span> scare = new ArrayList<>();
    SpeakerFinder speakers = new SpeakerFinder(doc, text, mentions);
    SpeakerFinder.Speaker previous = null;
    int previousEnd = -1;
    for (QuoteFinder.Found f : new QuoteFinder().find(text)) {
      SpeakerFinder.Speaker s = switch (f.kind()) {
        case SCARE -> null;
        case PHRASE -> speakers.inSentence(f.openMark(), f.closeMark(), previous, previousEnd);
        case QUOTE -> speakers.find(f.openMark(), f.closeMark(), previous, previousEnd);
      };
      if (f.kind() == QuoteFinder.Kind.SCARE || f.kind() == QuoteFinder.Kind.PHRASE && s == null) {
        scare.add(new Span(id, f.start(), f.end()));
        continue;
      }
      quotes.add(new Quote(new Span(id, f.start(), f.end()), text.substring(f.start(), f.end()),
          s == null ? null : s.text(), s == null ? null : new Span(id, s.start(), s.end()), null));
      if (s != null) {
        previous = s;
      }
      previousEnd = f.closeMark();
    }
    return article.withAnnotations(new Annotations(mentions, quotes, times, numbers, scare));
  }

  @Override
  public StageSpec spec() {
    return SPEC;
  }
}
