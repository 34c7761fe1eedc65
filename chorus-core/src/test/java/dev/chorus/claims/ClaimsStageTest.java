package dev.chorus.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.annotate.ArticleFacts;
import dev.chorus.export.JsonExporter;
import dev.chorus.model.Annotations;
import dev.chorus.model.Article;
import dev.chorus.model.OffsetMap;
import dev.chorus.store.DuckDbWorkspace;
import dev.chorus.testing.Facts;
import dev.chorus.timeline.TimelineStage;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimsStageTest {
  @TempDir Path dir;

  private static Article article(Facts facts) {
    ArticleFacts f = facts.build();
    return Article.ingested(f.id(), f.id() + ".txt", "txt", null, null, null, "2022-01-10", "manifest", "en", null,
            f.text())
        .withCleanText(f.text(), List.of(), OffsetMap.identity(f.text().length()), "h" + f.id())
        .withSentences(f.sentences())
        .withAnnotations(new Annotations(f.mentions(), f.quotes(), f.times(), f.numbers(), List.of()));
  }

  private static void write(DuckDbWorkspace ws) {
    int run = ws.beginRun("test");
    ws.write(run, List.of(
        article(Facts.article("a", "On January 2, protests over gas prices began. The alliance sent about 3,000 peacekeepers.")
            .day("January 2", "XXXX-01-02", "2022-01-02")
            .number("about 3,000 peacekeepers", "3,000", 3000, "about", "peacekeepers")),
        article(Facts.article("b", "Protests over gas prices began on January 2. The alliance sent a peacekeeping force"
                + " with a total strength of about 2,500 people.")
            .day("January 2", "XXXX-01-02", "2022-01-02")
            .number("about 2,500 people", "2,500", 2500, "about", "people"))), List.of());
  }

  @Test
  void storesClaimsComparisonsAndTimelineAndExportsThem() throws Exception {
    try (DuckDbWorkspace ws = DuckDbWorkspace.open(dir)) {
      write(ws);
      new ClaimsStage(ClaimVocabulary.bundled()).run(ws);
      new TimelineStage().run(ws);
      Path export = dir.resolve("export.json");
      new JsonExporter().export(ws, export);
      JsonNode root = new ObjectMapper().readTree(export.toFile());
      JsonNode comparison = root.get("comparisons").get(0);
      assertThat(comparison.get("verdict").asText()).isEqualTo("conflict");
      assertThat(comparison.get("claims")).hasSize(2);
      JsonNode second = comparison.get("evidence").get(1);
      String textB = root.get("articles").get(1).get("text").asText();
      assertThat(textB.substring(second.get("start").asInt(), second.get("end").asInt())).isEqualTo("about 2,500 people");
      JsonNode claim = root.get("claims").get(0);
      String text = root.get("articles").get(0).get("text").asText();
      assertThat(text.substring(claim.get("start").asInt(), claim.get("end").asInt()))
          .isEqualTo("about 3,000 peacekeepers");
      assertThat(claim.get("low").asDouble()).isEqualTo(2850);
      assertThat(claim.get("key").asText()).isEqualTo("troops|send");
      JsonNode event = root.get("timeline").get(0);
      assertThat(event.get("date").asText()).isEqualTo("2022-01-02");
      assertThat(event.get("articles")).hasSize(2);
      assertThat(event.get("evidence")).hasSize(2);
      assertThat(event.get("reported").get(0).asText()).isEqualTo("2022-01-10");
    }
  }

  @Test
  void rerunReplacesPreviousResults() throws Exception {
    try (DuckDbWorkspace ws = DuckDbWorkspace.open(dir)) {
      write(ws);
      ClaimsStage stage = new ClaimsStage(ClaimVocabulary.bundled());
      stage.run(ws);
      stage.run(ws);
      new TimelineStage().run(ws);
      new TimelineStage().run(ws);
      assertThat(count(ws, "claims")).isEqualTo(2);
      assertThat(count(ws, "comparisons")).isEqualTo(1);
      assertThat(count(ws, "timeline_events")).isEqualTo(1);
    }
  }

  @Test
  void failedWriteKeepsThePreviousResults() throws Exception {
    try (DuckDbWorkspace ws = DuckDbWorkspace.open(dir)) {
      write(ws);
      new ClaimsStage(ClaimVocabulary.bundled()).run(ws);
      Claim twice = new NumberClaim("x#0", new dev.chorus.model.Span("x", 0, 1), "1", 1, Interval.of(1, null), null,
          null, null, null, null, null, null, null, null);
      try {
        ClaimsStore.replace(ws.connection(), new ClaimsResult(List.of(twice, twice), List.of()));
      } catch (Exception expected) {
        // two claims with one id break the primary key: the transaction rolls back
      }
      assertThat(count(ws, "claims")).isEqualTo(2);
      assertThat(count(ws, "comparisons")).isEqualTo(1);
    }
  }

  @Test
  void emptyWorkspaceGivesEmptyTables() throws Exception {
    try (DuckDbWorkspace ws = DuckDbWorkspace.open(dir)) {
      new ClaimsStage(ClaimVocabulary.bundled()).run(ws);
      assertThat(count(ws, "claims")).isZero();
    }
  }

  private static long count(DuckDbWorkspace ws, String table) throws Exception {
    try (Statement st = ws.connection().createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
