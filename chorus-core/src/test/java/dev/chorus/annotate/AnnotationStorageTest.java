package dev.chorus.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.dates.DateBoundStage;
import dev.chorus.dates.OwnDateStage;
import dev.chorus.export.JsonExporter;
import dev.chorus.model.Article;
import dev.chorus.model.OffsetMap;
import dev.chorus.model.TimeExpression;
import dev.chorus.store.DuckDbWorkspace;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The annotate stage on a hand-built backend, stored, completed by the corpus stages and exported. */
class AnnotationStorageTest {
  @TempDir Path dir;

  private static final String DATED = "On January 10, 2022 President Tokayev spoke.";
  private static final String UNDATED = "“Order is restored in the whole country,” K. Tokayev said on January 8.";

  /** Serves fixed documents for the two texts, as a backend would. */
  private static final NlpBackend BACKEND = new NlpBackend() {
    @Override
    public NlpDocument annotate(String text, LocalDate documentDate) {
      if (text.equals(DATED)) {
        return FixtureDocs.of(text).tokens("On/IN", "January/NNP", "10/CD", ",/,", "2022/CD", "President/NNP",
                "Tokayev/NNP", "spoke/VBD/speak", "./.")
            .mention("January 10, 2022", "DATE", "2022-01-10", "2022-01-10", 0)
            .mention("President Tokayev", "PERSON").build();
      }
      return FixtureDocs.of(text).tokens("“/``", "Order/NN", "is/VBZ", "restored/VBN", "in/IN", "the/DT",
              "whole/JJ", "country/NN", ",/,", "”/''", "K./NNP", "Tokayev/NNP", "said/VBD/say", "on/IN",
              "January/NNP", "8/CD", "./.")
          .mention("K. Tokayev", "PERSON").mention("January 8", "DATE", "XXXX-01-08", "XXXX-01-08", 0).build();
    }

    @Override
    public String name() {
      return "fixture";
    }
  };

  private static Article article(String id, String text) {
    return Article.ingested(id, id + ".txt", "txt", null, null, null, null, null, "en", null, text)
        .withCleanText(text, List.of(), OffsetMap.identity(text.length()), id);
  }

  private static Article annotated(AnnotateStage stage, Article a) {
    return stage.process(new OwnDateStage().process(a));
  }

  @Test
  void resolvesAgainstTheDateInferredFromTheFirstLines() {
    Article a = annotated(new AnnotateStage(BACKEND), article("a", DATED));
    assertThat(a.published()).isEqualTo("2022-01-10");
    assertThat(a.publishedInferred()).isTrue();
    assertThat(a.publishedSource()).contains("January 10, 2022");
    assertThat(a.annotations().times().get(0).reference()).isEqualTo(TimeExpression.Reference.INFERRED);
  }

  @Test
  void storesAnnotationsAndExportsEntitiesQuotesAndDates() throws Exception {
    AnnotateStage stage = new AnnotateStage(BACKEND);
    try (DuckDbWorkspace ws = DuckDbWorkspace.open(dir)) {
      int run = ws.beginRun("test");
      ws.write(run, List.of(annotated(stage, article("a", DATED)), annotated(stage, article("b", UNDATED))),
          List.of());
      new DateBoundStage().run(ws);
      new EntityCanonicalStage().run(ws);
      new JsonExporter().export(ws, dir.resolve("export.json"));
    }
    JsonNode root = new ObjectMapper().readTree(dir.resolve("export.json").toFile());
    JsonNode entities = root.get("entities");
    assertThat(entities).hasSize(1);
    assertThat(entities.get(0).get("name").asText()).isEqualTo("K. Tokayev");
    assertThat(entities.get(0).get("aliases").get(0).asText()).isEqualTo("Tokayev");
    assertThat(entities.get(0).get("mentions")).hasSize(2);
    JsonNode quote = root.get("quotes").get(0);
    assertThat(quote.get("text").asText()).isEqualTo("Order is restored in the whole country");
    assertThat(quote.get("speaker").asText()).isEqualTo("K. Tokayev");
    assertThat(quote.get("speaker_entity").asText()).isEqualTo(entities.get(0).get("id").asText());
    JsonNode undatedTime = null;
    for (JsonNode t : root.get("time_expressions")) {
      if (t.get("article").asText().equals("b")) {
        undatedTime = t;
      }
    }
    // an undated article is not dated from the other one: its year-less date stays unplaced
    assertThat(undatedTime.get("value").isNull()).isTrue();
    assertThat(undatedTime.get("reference").asText()).isEqualTo("none");
    JsonNode b = root.get("articles").get(1);
    assertThat(b.get("published").isNull()).isTrue();
    assertThat(b.get("published_inferred").asBoolean()).isFalse();
  }
}
