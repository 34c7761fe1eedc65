package dev.chorus.pipeline;

import dev.chorus.model.Article;

/**
 * A stage that looks at one article at a time. Implementations must be thread-safe: the pipeline
 * runs articles on several threads through one instance.
 */
public interface ArticleStage extends Stage {
  /** Returns the article with this stage's results added. Never returns null. */
  Article process(Article article);
}
