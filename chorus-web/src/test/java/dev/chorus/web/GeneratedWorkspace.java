package dev.chorus.web;

import dev.chorus.model.Article;
import dev.chorus.model.OffsetMap;
import dev.chorus.model.Removal;
import dev.chorus.model.Sentence;
import dev.chorus.store.DuckDbWorkspace;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A workspace of many small generated articles written straight through the store (no annotators, so thousands
 * take a second), with a quote in each article and one article whose id is hostile.
 */
final class GeneratedWorkspace {
  /** An id that is SQL, a path and markup at once. */
  static final String HOSTILE_ID = "x'); DROP TABLE articles; --/../%2e<b>é";
  static final String RESIDUE = "Share this story\n";

  private GeneratedWorkspace() {}

  static String id(int i) {
    return String.format("gen-%05d", i);
  }

  static String text(int i) {
    return "Story " + i + " begins here. The minister said \"we will rebuild the bridge " + i + "\" on Monday. "
        + "Residents of district " + (i % 40) + " waited for hours while officials counted the damage. "
        + "Traffic resumed later that evening, according to local reports.";
  }

  static Path create(Path dir, int count) throws SQLException {
    try (DuckDbWorkspace ws = DuckDbWorkspace.open(dir)) {
      int run = ws.beginRun("test");
      List<Article> batch = new ArrayList<>();
      for (int i = 0; i <= count; i++) {
        batch.add(article(i == count ? HOSTILE_ID : id(i), i));
        if (batch.size() == 500 || i == count) {
          ws.write(run, batch, List.of());
          batch.clear();
        }
      }
      try (PreparedStatement ps = ws.connection().prepareStatement(
          "INSERT INTO quotes (article_id, start, \"end\", text, speaker) VALUES (?, ?, ?, ?, ?)")) {
        for (int i = 0; i < count; i++) {
          String t = text(i);
          int start = t.indexOf('"') + 1;
          int end = t.indexOf('"', start);
          ps.setString(1, id(i));
          ps.setInt(2, start);
          ps.setInt(3, end);
          ps.setString(4, t.substring(start, end));
          ps.setString(5, "The minister");
          ps.addBatch();
        }
        ps.executeBatch();
      }
      ws.finishRun(run, "completed", count + 1, 0);
    }
    return dir;
  }

  private static Article article(String id, int i) {
    String text = text(i);
    String day = String.format("2022-01-%02d", 1 + i % 28);
    Article a = Article.ingested(id, id + ".txt", "txt", "Outlet " + (i % 30), "Title " + i, "https://example.org/" + i,
            day, "manifest", "en", null, RESIDUE + text)
        .withCleanText(text, List.of(new Removal(0, RESIDUE.length(), RESIDUE, "share-prompt")),
            new OffsetMap.Builder().keep(0, RESIDUE.length(), text.length()).build(), "h-" + i)
        .withSentences(List.of(new Sentence(0, 0, text.length(), 0)));
    // Every seventh date is inferred, not given, and the first article's is: the overview must say so.
    return i % 7 == 0 ? a.withInferredPublished(day, "corpus") : a;
  }
}
