package dev.chorus.timeline;

import static dev.chorus.pipeline.Capability.STORIES;
import static dev.chorus.pipeline.Capability.TIMELINE;

import dev.chorus.annotate.ArticleFacts;
import dev.chorus.annotate.ArticleFactsReader;
import dev.chorus.pipeline.CorpusStage;
import dev.chorus.pipeline.StageSpec;
import dev.chorus.store.Workspace;
import dev.chorus.stories.StoriesStore;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The timeline of the whole workspace: the dated sentences of every article (exact duplicates aside) merged into
 * events, one story at a time (events of different stories are never merged), and written over the previous
 * timeline in one transaction.
 */
public final class TimelineStage implements CorpusStage {
  // the facts every reader of articles needs, and stories: events are merged within one story only
  private static final StageSpec SPEC = StageSpec.of("timeline")
      .requires(ArticleFactsReader.requirements(STORIES))
      .provides(TIMELINE);

  private final TimelineBuilder builder = new TimelineBuilder();

  @Override
  public void run(Workspace workspace) throws SQLException {
    List<ArticleFacts> facts = ArticleFactsReader.read(workspace);
    TimelineStore.replace(workspace.connection(), events(facts, StoriesStore.storyOf(workspace.connection())));
  }

  /**
   * The events of a corpus, one story at a time, in timeline order.
   *
   * @param storyOf article id → story id; articles it lacks share one story
   */
  public List<TimelineEvent> events(List<ArticleFacts> articles, Map<String, String> storyOf) {
    Map<String, List<DatedSentence>> byStory = new TreeMap<>();
    for (ArticleFacts a : articles) {
      byStory.computeIfAbsent(storyOf.getOrDefault(a.id(), ""), k -> new ArrayList<>())
          .addAll(TimelineBuilder.datedSentences(a));
    }
    List<TimelineEvent> events = new ArrayList<>();
    for (List<DatedSentence> dated : byStory.values()) {
      events.addAll(builder.events(dated));
    }
    events.sort(TimelineBuilder.ORDER);
    return events;
  }

  @Override
  public StageSpec spec() {
    return SPEC;
  }
}
