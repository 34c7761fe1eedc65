package dev.chorus.dates;

import static dev.chorus.pipeline.Capability.CLEAN_TEXT;
import static dev.chorus.pipeline.Capability.PUBLICATION_DATES;

import dev.chorus.ingest.IsoDates;
import dev.chorus.model.Article;
import dev.chorus.pipeline.ArticleStage;
import dev.chorus.pipeline.StageSpec;

/**
 * Gives an article that came without a publication date the date of its own evidence ({@link OwnDates}), marked
 * {@code published_inferred} with the basis; an article with no such evidence stays undated. Thread-safe.
 */
public final class OwnDateStage implements ArticleStage {
  // the removed captions and the cleaned text's first lines
  private static final StageSpec SPEC = StageSpec.of("own-dates").requires(CLEAN_TEXT).provides(PUBLICATION_DATES);

  @Override
  public Article process(Article article) {
    if (IsoDates.day(article.published()) != null) {
      return article;
    }
    OwnDate own = OwnDates.infer(article);
    return own == null ? article : article.withInferredPublished(own.date().toString(), own.basis());
  }

  @Override
  public StageSpec spec() {
    return SPEC;
  }
}
