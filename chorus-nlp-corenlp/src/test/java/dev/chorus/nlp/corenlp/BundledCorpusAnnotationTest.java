package dev.chorus.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chorus.run.AnalysisOptions;
import dev.chorus.store.DuckDbWorkspace;
import dev.chorus.testing.AnalysedPile;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The standard pipeline with CoreNLP on the bundled corpus, run once for the class (the models load once per JVM):
 * what an analyst would mark in the five articles.
 */
class BundledCorpusAnnotationTest {
  @TempDir static Path dir;
  static JsonNode export;
  static final Map<String, String> texts = new HashMap<>();
  static final List<String> numbers = new ArrayList<>();

  @BeforeAll
  static void analyse() throws Exception {
    Path ws = dir.resolve("ws");
    export = AnalysedPile.analyseAndExport(AnalysisOptions.of(List.of(AnalysedPile.DEMO.toString()), ws)
        .withManifest(DemoManifest.write(dir, List.of("000", "001", "002"))), dir.resolve("export.json"));
    try (DuckDbWorkspace w = DuckDbWorkspace.openReadOnly(ws)) {
      try (Statement st = w.connection().createStatement();
          ResultSet rs = st.executeQuery("SELECT coalesce(qualifier, '') || '|' || value || '|' || coalesce(counted, '')"
              + " FROM numbers ORDER BY article_id, start")) {
        while (rs.next()) {
          numbers.add(rs.getString(1));
        }
      }
    }
    for (JsonNode a : export.get("articles")) {
      texts.put(a.get("id").asText(), a.get("text").asText());
    }
  }

  private static JsonNode entity(String id) {
    for (JsonNode e : export.get("entities")) {
      if (e.get("id").asText().equals(id)) {
        return e;
      }
    }
    throw new AssertionError("no entity " + id);
  }

  private static List<String> aliases(JsonNode e) {
    List<String> out = new ArrayList<>();
    e.get("aliases").forEach(a -> out.add(a.asText()));
    return out;
  }

  @Test
  void mergesTokayevsVariantsIntoOnePerson() {
    JsonNode tokayev = entity("person:kassym-jomart-tokayev");
    assertThat(tokayev.get("name").asText()).isEqualTo("Kassym-Jomart Tokayev");
    assertThat(aliases(tokayev)).contains("Tokayev", "K. Tokayev");
    assertThat(tokayev.get("mentions").size()).isGreaterThanOrEqualTo(10);
  }

  @Test
  void mergesTheCstoWithBothSpellingsOfItsLongForm() {
    JsonNode csto = entity("organization:collective-security-treaty-organization");
    assertThat(aliases(csto)).contains("CSTO", "Collective Security Treaty Organisation");
  }

  @Test
  void attributesTheForeignMinistryQuotesOfArticle000() {
    List<String> speakers = new ArrayList<>();
    for (JsonNode q : export.get("quotes")) {
      if (q.get("article").asText().startsWith("000")) {
        speakers.add(q.get("speaker_entity").asText());
      }
    }
    assertThat(speakers).hasSize(3).containsOnly("organization:ministry-of-foreign-affairs");
  }

  @Test
  void readsTheStatementOf002ThatClosesWithAnOpeningMark() {
    JsonNode q = null;
    for (JsonNode n : export.get("quotes")) {
      if (n.get("article").asText().startsWith("002")) {
        q = n;
      }
    }
    assertThat(q.get("text").asText()).startsWith("A number of publications").endsWith("national mourning in the country.");
    assertThat(q.get("speaker_entity").asText()).isEqualTo("organization:ministry-of-foreign-affairs");
  }

  @Test
  void resolvesYearlessDatesAndRanges() {
    Map<String, String> values = new HashMap<>();
    for (JsonNode t : export.get("time_expressions")) {
      if (t.get("article").asText().startsWith("000")) {
        values.put(t.get("text").asText(), t.get("value").asText());
      }
    }
    assertThat(values).containsEntry("January 2", "2022-01-02").containsEntry("January 4-5", "2022-01-04/2022-01-05");
  }

  @Test
  void keepsNoPronounsOrCreditsAsEntities() {
    for (JsonNode e : export.get("entities")) {
      assertThat(e.get("name").asText()).isNotIn("he", "He", "his", "RUSLAN", "loader");
    }
  }

  @Test
  void readsNumbersWithQualifierAndCountedNoun() {
    assertThat(numbers).contains("about|3000.0|peacekeepers", "|18.0|law enforcement officers",
        "at least|3000.0|");
  }

  @Test
  void everySpanIndexesTheCleanedText() {
    for (JsonNode q : export.get("quotes")) {
      String t = texts.get(q.get("article").asText());
      assertThat(t.substring(q.get("start").asInt(), q.get("end").asInt())).isEqualTo(q.get("text").asText());
    }
    for (JsonNode q : export.get("time_expressions")) {
      String t = texts.get(q.get("article").asText());
      assertThat(t.substring(q.get("start").asInt(), q.get("end").asInt())).isEqualTo(q.get("text").asText());
    }
    for (JsonNode e : export.get("entities")) {
      for (JsonNode m : e.get("mentions")) {
        String t = texts.get(m.get("article").asText());
        assertThat(m.get("end").asInt()).isLessThanOrEqualTo(t.length());
      }
    }
  }
}
