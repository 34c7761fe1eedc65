package dev.chorus.dates;

import dev.chorus.ingest.IsoDates;
import dev.chorus.model.Article;
import dev.chorus.pipeline.ArticleStage;
import dev.chorus.pipeline.Capability;
import java.util.Set;

/**
 * Gives an article that came without a publication date the date of its own evidence ({@link OwnDates}), marked
 * {@code published_inferred} with the basis; an article with no such evidence stays undated. Thread-safe.
 */
public final class OwnDateStage implements ArticleStage {
  @Override
  public String name() {
    return "own-dates";
  }

  @Override
  public Set<Capability> requires() {
    // the removed captions and the cleaned text's first lines
    return Set.of(Capability.CLEAN_TEXT);
  }

  @Override
  public Set<Capability> provides() {
    return Set.of(Capability.PUBLICATION_DATES);
  }

  @Override
  public Article process(Article article) {
    if (IsoDates.day(article.published()) != null) {
      return article;
    }
    OwnDate own = OwnDates.infer(article);
    return own == null ? article : article.withInferredPublished(own.date().toString(), own.basis());
  }
}
