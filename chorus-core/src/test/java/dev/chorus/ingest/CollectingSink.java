package dev.chorus.ingest;

import dev.chorus.model.Article;
import dev.chorus.model.SkippedInput;
import java.util.ArrayList;
import java.util.List;

/** Keeps what a reader produced, for tests. */
public final class CollectingSink implements ArticleSink {
  public final List<Article> articles = new ArrayList<>();
  public final List<SkippedInput> skipped = new ArrayList<>();

  @Override
  public void accept(Article article) {
    articles.add(article);
  }

  @Override
  public void skip(String input, String reason) {
    skipped.add(new SkippedInput(input, reason));
  }
}
