package dev.chorus.reuse;

import dev.chorus.pipeline.Capability;
import dev.chorus.pipeline.CorpusStage;
import dev.chorus.store.Workspace;
import dev.chorus.stories.StoriesStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reuse over the whole workspace: reads every article and its sentences, runs the {@link ReuseAnalyzer}, and
 * replaces the previous reuse tables in one transaction (corpus stages rerun on every analysis, so new articles
 * are compared with all the old ones).
 */
public final class ReuseStage implements CorpusStage {
  private final ReuseConfig config;
  private final SentenceEncoder encoder;

  /** @param encoder sentence encoder for paraphrase, or null for duplicates and verbatim reuse only */
  public ReuseStage(ReuseConfig config, SentenceEncoder encoder) {
    this.config = config;
    this.encoder = encoder;
  }

  @Override
  public String name() {
    return "reuse";
  }

  @Override
  public Set<Capability> requires() {
    // talking points stay within one story; direction ("first seen") reads the checked publication dates
    return Set.of(Capability.CLEAN_TEXT, Capability.SENTENCES, Capability.STORIES, Capability.REFERENCE_DATES);
  }

  @Override
  public Set<Capability> provides() {
    return Set.of(Capability.REUSE);
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
}
