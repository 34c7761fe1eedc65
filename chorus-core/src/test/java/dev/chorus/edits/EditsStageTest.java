package dev.chorus.edits;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.export.JsonExporter;
import dev.chorus.export.TableExporter;
import dev.chorus.reuse.ReuseConfig;
import dev.chorus.reuse.ReuseStage;
import dev.chorus.run.Analysis;
import dev.chorus.run.AnalysisOptions;
import dev.chorus.store.DuckDbWorkspace;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A wire story and a later copy that changed a figure, dropped a hedge and an attribution and swapped a label,
 * analysed, linked by the reuse stage (verbatim passages: no encoder needed) and compared by the edits stage.
 */
class EditsStageTest {
  static final String ORIGINAL = "Security forces opened fire on protesters in the main square of Almaty on Wednesday,"
      + " witnesses said. About 3,000 peacekeepers from the alliance arrived overnight to guard the airport and"
      + " government buildings, the defence ministry said. The president said the situation was under control and"
      + " that order would be restored within days. Shops and banks in the city stayed closed for a second day"
      + " while internet access remained cut across much of the country.";
  static final String COPY = "Security forces opened fire on rioters in the main square of Almaty on Wednesday,"
      + " witnesses said. 5,000 peacekeepers from the alliance arrived overnight to guard the airport and"
      + " government buildings. The president said the situation was under control and"
      + " that order would be restored within days. Shops and banks in the city stayed closed for a second day"
      + " while internet access remained cut across much of the country.";

  @TempDir static Path dir;
  static JsonNode export;
  static Path ws;

  @BeforeAll
  static void analyse() throws Exception {
    Path input = dir.resolve("pile.jsonl");
    ObjectMapper m = new ObjectMapper();
    // the copy's id sorts first, so the link's "a" is the copy: the edits must still read from the original
    Files.writeString(input, m.writeValueAsString(Map.of("id", "a-copy", "text", COPY, "published", "2022-01-07",
        "source", "copier.example")) + "\n" + m.writeValueAsString(Map.of("id", "b-original", "text", ORIGINAL,
        "published", "2022-01-06", "source", "wire.example")) + "\n");
    ws = dir.resolve("ws");
    new Analysis(AnalysisOptions.of(List.of(input.toString()), ws), null).run("test");
    try (DuckDbWorkspace w = DuckDbWorkspace.open(ws)) {
      new ReuseStage(ReuseConfig.defaults(), null).run(w);
      new EditsStage().run(w);
    }
    try (DuckDbWorkspace w = DuckDbWorkspace.openReadOnly(ws)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      new JsonExporter().write(w, out);
      export = m.readTree(out.toByteArray());
    }
  }

  @Test
  void namesEachEditFromTheOriginalToTheCopy() {
    List<String> found = new ArrayList<>();
    for (JsonNode e : export.get("edits")) {
      assertThat(e.get("a").asText()).isEqualTo("b-original");
      assertThat(e.get("b").asText()).isEqualTo("a-copy");
      found.add(e.get("kind").asText() + ":" + e.get("a_text").asText() + "|" + e.get("b_text").asText());
    }
    assertThat(found).containsExactly("figure:3,000|5,000", "attribution:the defence ministry said|",
        "label:protesters|rioters", "hedge:About|");
  }

  @Test
  void spansIndexEachArticlesTextAndTheLinkIsTheReuseLink() {
    Map<String, String> texts = new HashMap<>();
    export.get("articles").forEach(a -> texts.put(a.get("id").asText(), a.get("text").asText()));
    assertThat(export.get("reuse")).hasSize(1);
    for (JsonNode e : export.get("edits")) {
      assertThat(e.get("link").asInt()).isEqualTo(1);
      assertThat(texts.get(e.get("a").asText()).substring(e.get("a_start").asInt(), e.get("a_end").asInt()))
          .isEqualTo(e.get("a_text").asText());
      assertThat(texts.get(e.get("b").asText()).substring(e.get("b_start").asInt(), e.get("b_end").asInt()))
          .isEqualTo(e.get("b_text").asText());
    }
  }

  @Test
  void csvCarriesTheEdits() throws Exception {
    Path out = dir.resolve("csv");
    try (DuckDbWorkspace w = DuckDbWorkspace.openReadOnly(ws)) {
      new TableExporter().export(w, dev.chorus.export.ExportFormat.CSV, out);
    }
    List<String> lines = Files.readAllLines(out.resolve("edits.csv"));
    assertThat(lines.get(0)).startsWith("id,link,kind,rank,a,a_start");
    assertThat(lines).hasSize(5);
    assertThat(lines.get(1)).contains("figure").contains("3,000").contains("5,000");
  }

  @Test
  void parquetCarriesTheEdits() throws Exception {
    Path out = dir.resolve("parquet");
    try (DuckDbWorkspace w = DuckDbWorkspace.openReadOnly(ws)) {
      new TableExporter().export(w, dev.chorus.export.ExportFormat.PARQUET, out);
    }
    try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:"); var st = c.createStatement();
        var rs = st.executeQuery("SELECT kind, a_text, b_text FROM '" + out.resolve("edits.parquet") + "' ORDER BY id")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1) + ":" + rs.getString(2) + "|" + rs.getString(3)).isEqualTo("figure:3,000|5,000");
    }
  }

  @Test
  void aRerunReplacesTheEdits() throws Exception {
    try (DuckDbWorkspace w = DuckDbWorkspace.open(ws)) {
      new EditsStage().run(w);
      try (var st = w.connection().createStatement(); var rs = st.executeQuery("SELECT count(*) FROM edits")) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(4);
      }
    }
  }
}
