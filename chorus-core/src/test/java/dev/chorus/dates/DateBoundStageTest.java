package dev.chorus.dates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.model.Annotations;
import dev.chorus.model.Article;
import dev.chorus.model.OffsetMap;
import dev.chorus.model.Span;
import dev.chorus.model.TimeExpression;
import dev.chorus.model.TimeExpression.Precision;
import dev.chorus.model.TimeExpression.Reference;
import dev.chorus.store.DuckDbWorkspace;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DateBoundStageTest {
  @TempDir Path dir;

  private static final String TEXT = "On January 8 and on 2022-01-02 it happened.";

  private static Article article(String id, String published, String source, boolean inferred) {
    Article a = Article.ingested(id, id + ".txt", "txt", null, null, null, published, source, "en", null, TEXT)
        .withCleanText(TEXT, List.of(), OffsetMap.identity(TEXT.length()), "h" + id);
    if (inferred) {
      a = a.withInferredPublished(published, source);
    }
    Reference ref = inferred ? Reference.INFERRED : Reference.PUBLISHED;
    List<TimeExpression> times = List.of(
        new TimeExpression(new Span(id, 3, 12), "January 8", "2022-01-08", Precision.DAY, "2022-01-08", "2022-01-08",
            ref, "XXXX-01-08"),
        new TimeExpression(new Span(id, 20, 30), "2022-01-02", "2022-01-02", Precision.DAY, "2022-01-02",
            "2022-01-02", ref, "2022-01-02"));
    return a.withAnnotations(new Annotations(List.of(), List.of(), times, List.of(), List.of()));
  }

  @Test
  void withdrawsInferredDatesAfterTheNewestGivenOneAndBorrowedOnes() throws Exception {
    try (DuckDbWorkspace ws = DuckDbWorkspace.open(dir)) {
      int run = ws.beginRun("test");
      ws.write(run, List.of(article("given", "2022-01-07", "manifest", false),
          article("early", "2022-01-05", "inferred: URL path (/2022/01/05/)", true),
          article("late", "2022-03-01", "inferred: full date in the first lines (\"March 1, 2022\" at 0)", true),
          article("borrowed", "2022-01-07", DateBoundStage.BORROWED_BASIS, true)), List.of());
      new DateBoundStage().run(ws);
      List<String> first = rows(ws);
      assertThat(first).containsExactly(
          "borrowed null false null", "early 2022-01-05 true inferred: URL path (/2022/01/05/)",
          "given 2022-01-07 false manifest", "late null false null");
      assertThat(times(ws, "late")).containsExactly("XXXX-01-08 null none", "2022-01-02 2022-01-02 none");
      assertThat(times(ws, "early")).containsExactly("XXXX-01-08 2022-01-08 inferred", "2022-01-02 2022-01-02 inferred");
      new DateBoundStage().run(ws);
      assertThat(rows(ws)).isEqualTo(first);
    }
  }

  @Test
  void withoutAnyGivenDateKeepsTheArticlesOwnDates() throws Exception {
    try (DuckDbWorkspace ws = DuckDbWorkspace.open(dir)) {
      int run = ws.beginRun("test");
      ws.write(run, List.of(article("a", "2022-03-01", "inferred: URL path (/2022/03/01/)", true)), List.of());
      new DateBoundStage().run(ws);
      assertThat(rows(ws)).containsExactly("a 2022-03-01 true inferred: URL path (/2022/03/01/)");
    }
  }

  private static List<String> rows(DuckDbWorkspace ws) throws Exception {
    return query(ws, "SELECT id, CAST(published AS VARCHAR), published_inferred, published_source FROM articles"
        + " ORDER BY id", 4);
  }

  private static List<String> times(DuckDbWorkspace ws, String id) throws Exception {
    return query(ws, "SELECT raw_value, value, reference FROM time_expressions WHERE article_id = '" + id
        + "' ORDER BY start", 3);
  }

  private static List<String> query(DuckDbWorkspace ws, String sql, int cols) throws Exception {
    List<String> out = new ArrayList<>();
    try (Statement st = ws.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= cols; i++) {
          sb.append(i > 1 ? " " : "").append(rs.getString(i));
        }
        out.add(sb.toString());
      }
    }
    return out;
  }
}
