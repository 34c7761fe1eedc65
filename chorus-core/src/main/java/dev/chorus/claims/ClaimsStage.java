package dev.chorus.claims;

import static dev.chorus.pipeline.Capability.CLAIMS;
import static dev.chorus.pipeline.Capability.STORIES;

import dev.chorus.annotate.ArticleFacts;
import dev.chorus.annotate.ArticleFactsReader;
import dev.chorus.pipeline.CorpusStage;
import dev.chorus.pipeline.StageSpec;
import dev.chorus.reuse.SentenceEncoder;
import dev.chorus.store.Workspace;
import dev.chorus.stories.StoriesStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Claims and comparisons over the whole workspace: reads every article (exact duplicates aside) with the annotate
 * stage's numbers, quotes, names and time expressions, runs the {@link ClaimsAnalyzer}, and replaces
 * the previous results in one transaction (corpus stages rerun on every analysis).
 */
public final class ClaimsStage implements CorpusStage {
  // the facts every reader of articles needs, and stories: claims are compared within one story only
  private static final StageSpec SPEC = StageSpec.of("claims")
      .requires(ArticleFactsReader.requirements(STORIES))
      .provides(CLAIMS);

  private final ClaimVocabulary vocabulary;
  private final SentenceEncoder encoder;

  public ClaimsStage(ClaimVocabulary vocabulary) {
    this(vocabulary, null);
  }

  /** @param encoder sentence encoder for grouping claims the vocabulary cannot, or null for rules only */
  public ClaimsStage(ClaimVocabulary vocabulary, SentenceEncoder encoder) {
    this.vocabulary = vocabulary;
    this.encoder = encoder;
  }

  @Override
  public void run(Workspace workspace) throws SQLException {
    List<ArticleFacts> facts = ArticleFactsReader.read(workspace);
    Connection conn = workspace.connection();
    ClaimsStore.replace(conn, new ClaimsAnalyzer(vocabulary, encoder).analyze(facts, StoriesStore.storyOf(conn)));
  }

  @Override
  public StageSpec spec() {
    return SPEC;
  }
}
