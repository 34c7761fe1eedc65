package dev.chorus.reuse;

import static dev.chorus.pipeline.Capability.CLEAN_TEXT;
import static dev.chorus.pipeline.Capability.REFERENCE_DATES;
import static dev.chorus.pipeline.Capability.REUSE;
import static dev.chorus.pipeline.Capability.SENTENCES;
import static dev.chorus.pipeline.Capability.STORIES;

import dev.chorus.pipeline.CorpusStage;
import dev.chorus.pipeline.StageSpec;
import dev.chorus.store.Workspace;
import dev.chorus.stories.StoriesStore;
import java.util.ArrayList;
import java.util.List;

/**
 * Reuse over the whole workspace: reads every article and its sentences, runs the {@link ReuseAnalyzer}, and
 * replaces the previous reuse tables in one transaction (corpus stages rerun on every analysis, so new articles
 * are compared with all the old ones).
 */
public final class ReuseStage implements CorpusStage {
  // talking points stay within one story; direction ("first seen") reads the checked publication dates
  private static final StageSpec SPEC = StageSpec.of("reuse")
      .requires(CLEAN_TEXT, SENTENCES, STORIES, REFERENCE_DATES)
      .provides(REUSE);

  private final ReuseConfig config;
  private final SentenceEncoder encoder;

  /** @param encoder sentence encoder for paraphrase, or null for duplicates and verbatim reuse only */
  public ReuseStage(ReuseConfig config, SentenceEncoder encoder) {
    this.config = config;
    this.encoder = encoder;
  }

  @Override
  public void run(Workspace workspace) throws Exception {
    List<ReuseDocument> docs = new ArrayList<>();
    workspace.forEachArticle(a -> docs.add(
        new ReuseDocument(a.id(), a.outlet(), a.published(), a.text(), a.sentences())));
    VectorCache cache = encoder == null ? null
        : VectorCache.load(workspace.connection(), encoder, encoder.name());
    ReuseResult result = new ReuseAnalyzer(config, cache).analyze(docs, StoriesStore.storyOf(workspace.connection()));
    ReuseStore.replace(workspace.connection(), result, cache);
  }

  @Override
  public StageSpec spec() {
    return SPEC;
  }
}
