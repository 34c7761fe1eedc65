package dev.chorus.questions;

import static dev.chorus.pipeline.Capability.SENTENCES;

import dev.chorus.model.Sentence;
import dev.chorus.pipeline.Capability;
import dev.chorus.pipeline.CorpusStage;
import dev.chorus.pipeline.StageSpec;
import dev.chorus.store.Transactions;
import dev.chorus.store.Workspace;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * The example stage package's one stage: every sentence that ends in a question mark (a rhetorical question is a
 * framing device), written over the previous results in one transaction.
 */
public final class QuestionsStage implements CorpusStage {
  /** What this package adds: a capability of its own, which later stages may require. */
  public static final Capability QUESTIONS = Capability.of("QUESTIONS");

  private static final StageSpec SPEC = StageSpec.of("questions").requires(SENTENCES).provides(QUESTIONS);

  @Override
  public void run(Workspace workspace) throws SQLException {
    Transactions.replace(workspace.connection(), List.of("questions"), conn -> {
      try (PreparedStatement insert = conn.prepareStatement("INSERT INTO questions VALUES (?, ?, ?, ?)")) {
        SQLException[] failure = new SQLException[1];
        workspace.forEachArticle(a -> {
          for (Sentence s : a.sentences()) {
            String text = a.text().substring(s.start(), s.end()).strip();
            if (failure[0] == null && text.endsWith("?")) {
              try {
                insert.setString(1, a.id());
                insert.setInt(2, s.start());
                insert.setInt(3, s.end());
                insert.setString(4, text);
                insert.execute();
              } catch (SQLException e) {
                failure[0] = e;
              }
            }
          }
        });
        if (failure[0] != null) {
          throw failure[0];
        }
      }
    });
  }

  @Override
  public StageSpec spec() {
    return SPEC;
  }
}
