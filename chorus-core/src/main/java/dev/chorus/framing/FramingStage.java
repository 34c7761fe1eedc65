package dev.chorus.framing;

import static dev.chorus.pipeline.Capability.CLEAN_TEXT;
import static dev.chorus.pipeline.Capability.DUPLICATES;
import static dev.chorus.pipeline.Capability.FRAMING;
import static dev.chorus.pipeline.Capability.STORIES;

import dev.chorus.pipeline.CorpusStage;
import dev.chorus.pipeline.StageSpec;
import dev.chorus.store.Workspace;
import dev.chorus.stories.StoriesStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads every article with its story and source, runs the {@link FramingAnalyzer} and replaces the framing tables.
 * Exact duplicates are left out: a copy would double its source's words.
 */
public final class FramingStage implements CorpusStage {
  private static final StageSpec SPEC = StageSpec.of("framing")
      .requires(CLEAN_TEXT, DUPLICATES, STORIES)
      .provides(FRAMING);

  private final FramingAnalyzer analyzer;

  public FramingStage() {
    this(new FramingAnalyzer(ActorLabels.bundled()));
  }

  public FramingStage(FramingAnalyzer analyzer) {
    this.analyzer = analyzer;
  }

  @Override
  public void run(Workspace workspace) throws Exception {
    Map<String, String> storyOf = StoriesStore.storyOf(workspace.connection());
    List<FramingDocument> docs = new ArrayList<>();
    workspace.forEachArticle(a -> {
      if (a.duplicateOf() == null) {
        docs.add(new FramingDocument(a.id(), a.outlet(),
            storyOf.getOrDefault(a.id(), "story"), a.text()));
      }
    });
    FramingStore.replace(workspace.connection(), analyzer.analyze(docs));
  }

  @Override
  public StageSpec spec() {
    return SPEC;
  }
}
