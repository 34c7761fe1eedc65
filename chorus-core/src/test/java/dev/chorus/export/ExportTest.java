package dev.chorus.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.pipeline.StageCatalog;
import dev.chorus.pipeline.StageDescriptor;
import dev.chorus.run.Analysis;
import dev.chorus.run.AnalysisOptions;
import dev.chorus.store.DuckDbWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportTest {
  @TempDir static Path tmp;
  static Path ws;

  @BeforeAll
  static void analyseDemo() throws Exception {
    ws = tmp.resolve("ws");
    new Analysis(AnalysisOptions.of(List.of(Path.of("..", "examples", "kazakhstan-2022").toString()), ws), null)
        .run("test");
  }

  @Test
  void jsonFollowsTheContract() throws Exception {
    Path out = tmp.resolve("export.json");
    try (DuckDbWorkspace w = DuckDbWorkspace.openReadOnly(ws)) {
      new JsonExporter().export(w, out);
    }
    JsonNode root = new ObjectMapper().readTree(out.toFile());
    assertThat(root.get("chorus_export_version").asInt()).isEqualTo(1);
    for (String section : JsonExporter.FINDING_SECTIONS) {
      assertThat(root.get(section).isArray()).as(section).isTrue();
    }
    JsonNode articles = root.get("articles");
    assertThat(articles).hasSize(5);
    for (JsonNode a : articles) {
      for (String field : List.of("id", "source", "title", "url", "published", "published_inferred", "language",
          "text", "removed", "duplicate_of")) {
        assertThat(a.has(field)).as(field).isTrue();
      }
      String text = a.get("text").asText();
      String original = a.get("original_text").asText();
      for (JsonNode s : a.get("sentences")) {
        assertThat(s.get("end").asInt()).isLessThanOrEqualTo(text.length());
      }
      for (JsonNode r : a.get("removed")) {
        assertThat(original.substring(r.get("start").asInt(), r.get("end").asInt())).isEqualTo(r.get("text").asText());
        assertThat(r.get("reason").asText()).isNotBlank();
      }
      for (JsonNode seg : a.get("offset_map")) {
        int c = seg.get(0).asInt();
        int o = seg.get(1).asInt();
        int n = seg.get(2).asInt();
        assertThat(text.substring(c, c + n)).isEqualTo(original.substring(o, o + n));
      }
    }
  }

  @Test
  void csvAndParquetCarryTheSameTables() throws Exception {
    Path csv = tmp.resolve("csv");
    Path parquet = tmp.resolve("parquet");
    try (DuckDbWorkspace w = DuckDbWorkspace.openReadOnly(ws)) {
      new TableExporter().export(w, ExportFormat.CSV, csv);
      new TableExporter().export(w, ExportFormat.PARQUET, parquet);
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      for (String table : StageCatalog.installed().tables().stream().map(StageDescriptor.Table::file).toList()) {
        long fromCsv = count(c, csv.resolve(table + ".csv"));
        long fromParquet = count(c, parquet.resolve(table + ".parquet"));
        assertThat(fromParquet).as(table).isEqualTo(fromCsv);
      }
      assertThat(count(c, parquet.resolve("articles.parquet"))).isEqualTo(5);
      assertThat(count(c, parquet.resolve("removed.parquet"))).isGreaterThan(10);
    }
    assertThat(Files.list(tmp).map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".tmp-"));
  }

  @Test
  void exportReplacesAnEarlierOneWhole() throws Exception {
    Path out = tmp.resolve("again.json");
    Files.writeString(out, "old");
    try (DuckDbWorkspace w = DuckDbWorkspace.openReadOnly(ws)) {
      new JsonExporter().export(w, out);
    }
    assertThat(Files.readString(out)).startsWith("{");
  }

  private static long count(Connection c, Path file) throws Exception {
    try (var st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM '" + file.toAbsolutePath() + "'")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
