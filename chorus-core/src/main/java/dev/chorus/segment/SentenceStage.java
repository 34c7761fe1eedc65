package dev.chorus.segment;

import static dev.chorus.pipeline.Capability.CLEAN_TEXT;
import static dev.chorus.pipeline.Capability.LANGUAGE;
import static dev.chorus.pipeline.Capability.SENTENCES;

import dev.chorus.model.Article;
import dev.chorus.pipeline.ArticleStage;
import dev.chorus.pipeline.StageSpec;

/** Runs a {@link SentenceSplitter} over the cleaned text. */
public final class SentenceStage implements ArticleStage {
  private static final StageSpec SPEC = StageSpec.of("sentences").requires(CLEAN_TEXT, LANGUAGE).provides(SENTENCES);

  private final SentenceSplitter splitter;

  public SentenceStage(SentenceSplitter splitter) {
    this.splitter = splitter;
  }

  @Override
  public Article process(Article a) {
    return a.withSentences(splitter.split(a.text(), a.language()));
  }

  @Override
  public StageSpec spec() {
    return SPEC;
  }
}
