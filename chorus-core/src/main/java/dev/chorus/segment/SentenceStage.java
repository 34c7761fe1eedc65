package dev.chorus.segment;

import dev.chorus.model.Article;
import dev.chorus.pipeline.ArticleStage;
import dev.chorus.pipeline.Capability;
import java.util.Set;

/** Runs a {@link SentenceSplitter} over the cleaned text. */
public final class SentenceStage implements ArticleStage {
  private final SentenceSplitter splitter;

  public SentenceStage(SentenceSplitter splitter) {
    this.splitter = splitter;
  }

  @Override
  public String name() {
    return "sentences";
  }

  @Override
  public Set<Capability> requires() {
    return Set.of(Capability.CLEAN_TEXT, Capability.LANGUAGE);
  }

  @Override
  public Set<Capability> provides() {
    return Set.of(Capability.SENTENCES);
  }

  @Override
  public Article process(Article a) {
    return a.withSentences(splitter.split(a.text(), a.language()));
  }
}
