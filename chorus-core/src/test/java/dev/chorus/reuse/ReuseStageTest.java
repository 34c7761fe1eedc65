package dev.chorus.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.export.JsonExporter;
import dev.chorus.model.Article;
import dev.chorus.model.OffsetMap;
import dev.chorus.store.DuckDbWorkspace;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReuseStageTest {
  private static final String SHARED = "Security forces fight armed terrorists and not peaceful protesters in the"
      + " cities. The attackers were trained abroad and had combat experience in other conflicts.";

  @TempDir Path dir;

  @Test
  void storesLinksAndTalkingPointsAndExportsThem() throws Exception {
    try (DuckDbWorkspace ws = DuckDbWorkspace.open(dir)) {
      write(ws);
      new ReuseStage(ReuseConfig.defaults(), new BagOfWordsEncoder()).run(ws);
      assertThat(count(ws, "reuse_links")).isEqualTo(1);
      assertThat(count(ws, "talking_points")).isEqualTo(2);
      Path export = dir.resolve("export.json");
      new JsonExporter().export(ws, export);
      JsonNode root = new ObjectMapper().readTree(export.toFile());
      JsonNode link = root.get("reuse").get(0);
      assertThat(link.get("kind").asText()).isEqualTo("duplicate");
      assertThat(link.get("earlier").asText()).isEqualTo("a");
      assertThat(link.get("passages").get(0).get("a_end").asInt()).isPositive();
      JsonNode tp = root.get("talking_points").get(0);
      assertThat(tp.get("articles")).hasSize(2);
      JsonNode member = tp.get("members").get(0);
      String text = root.get("articles").get(0).get("text").asText();
      assertThat(text.substring(member.get("start").asInt(), member.get("end").asInt())).endsWith(".");
      assertThat(tp.get("first").asText()).isEqualTo("a");
    }
  }

  @Test
  void tablesExportAsCsv() throws Exception {
    try (DuckDbWorkspace ws = DuckDbWorkspace.open(dir)) {
      write(ws);
      new ReuseStage(ReuseConfig.defaults(), new BagOfWordsEncoder()).run(ws);
      Path out = dir.resolve("tables");
      new dev.chorus.export.TableExporter().export(ws, dev.chorus.export.ExportFormat.CSV, out);
      assertThat(java.nio.file.Files.readAllLines(out.resolve("reuse_links.csv")))
          .hasSize(2).first().asString().startsWith("link_id,a,b,kind,score,earlier");
      assertThat(java.nio.file.Files.readAllLines(out.resolve("talking_point_members.csv"))).hasSize(5);
      assertThat(out.resolve("reuse_passages.csv")).exists();
      assertThat(out.resolve("talking_points.csv")).exists();
    }
  }

  @Test
  void rerunReplacesPreviousResults() throws Exception {
    try (DuckDbWorkspace ws = DuckDbWorkspace.open(dir)) {
      write(ws);
      ReuseStage stage = new ReuseStage(ReuseConfig.defaults(), new BagOfWordsEncoder());
      stage.run(ws);
      stage.run(ws);
      assertThat(count(ws, "reuse_links")).isEqualTo(1);
      assertThat(count(ws, "talking_point_members")).isEqualTo(4);
    }
  }

  @Test
  void rerunEncodesOnlySentencesNotSeenBefore() throws Exception {
    CountingEncoder counting = new CountingEncoder();
    try (DuckDbWorkspace ws = DuckDbWorkspace.open(dir)) {
      write(ws);
      ReuseStage stage = new ReuseStage(ReuseConfig.defaults(), counting);
      stage.run(ws);
      int first = counting.sentences;
      stage.run(ws);
      assertThat(first).isEqualTo(4);
      assertThat(counting.sentences).isEqualTo(first);
      assertThat(count(ws, "talking_points")).isEqualTo(2);
      assertThat(count(ws, "sentence_vectors")).isEqualTo(2);
    }
  }

  /** Counts the sentences it is asked to encode. */
  private static final class CountingEncoder implements SentenceEncoder {
    private final BagOfWordsEncoder inner = new BagOfWordsEncoder();
    int sentences;

    @Override
    public String name() {
      return "counting";
    }

    @Override
    public int dimension() {
      return inner.dimension();
    }

    @Override
    public float[][] encode(List<String> batch) {
      sentences += batch.size();
      return inner.encode(batch);
    }
  }

  @Test
  void failedWriteKeepsThePreviousResults() throws Exception {
    try (DuckDbWorkspace ws = DuckDbWorkspace.open(dir)) {
      write(ws);
      new ReuseStage(ReuseConfig.defaults(), new BagOfWordsEncoder()).run(ws);
      ReuseResult broken = new ReuseResult(List.of(
          new ReuseLink("x", "y", ReuseLink.VERBATIM, 1, "x", List.of()),
          new ReuseLink("x", "y", null, 1, "x", List.of())), List.of(), List.of());
      try {
        ReuseStore.replace(ws.connection(), broken);
      } catch (Exception expected) {
        // a link without a kind cannot be stored: the transaction rolls back
      }
      assertThat(count(ws, "reuse_links")).isEqualTo(1);
      assertThat(count(ws, "talking_points")).isEqualTo(2);
    }
  }

  private static void write(DuckDbWorkspace ws) {
    int run = ws.beginRun("test");
    ws.write(run, List.of(article("a", "one", "2022-01-05"), article("b", "two", "2022-01-07")), List.of());
  }

  private static Article article(String id, String source, String published) {
    ReuseDocument d = ReuseAnalyzerTest.doc(id, source, published, SHARED);
    return Article.ingested(id, id + ".txt", "txt", source, null, null, published, "manifest", "en", null, SHARED)
        .withCleanText(SHARED, List.of(), OffsetMap.identity(SHARED.length()), "h" + id)
        .withSentences(d.sentences());
  }

  private static long count(DuckDbWorkspace ws, String table) throws Exception {
    try (Statement st = ws.connection().createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
