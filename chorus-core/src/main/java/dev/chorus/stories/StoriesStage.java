package dev.chorus.stories;

import static dev.chorus.pipeline.Capability.CLEAN_TEXT;
import static dev.chorus.pipeline.Capability.STORIES;

import dev.chorus.pipeline.CorpusStage;
import dev.chorus.pipeline.StageSpec;
import dev.chorus.store.Workspace;

/**
 * Splits the whole workspace into stories with a {@link StoryClusterer} and replaces the {@code stories} table
 * (corpus stages rerun on every analysis, so a new article can join or bridge stories).
 */
public final class StoriesStage implements CorpusStage {
  private static final StageSpec SPEC = StageSpec.of("stories").requires(CLEAN_TEXT).provides(STORIES);

  private final StoryClusterer clusterer;

  public StoriesStage() {
    this(new StoryClusterer());
  }

  public StoriesStage(StoryClusterer clusterer) {
    this.clusterer = clusterer;
  }

  @Override
  public void run(Workspace workspace) throws Exception {
    StoryClusterer.Pile pile = new StoryClusterer.Pile();
    workspace.forEachArticle(a -> pile.add(a.id(), a.text()));
    StoriesStore.replace(workspace.connection(), clusterer.cluster(pile));
  }

  @Override
  public StageSpec spec() {
    return SPEC;
  }
}
