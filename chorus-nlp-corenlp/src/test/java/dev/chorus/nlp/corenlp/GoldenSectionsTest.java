package dev.chorus.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.chorus.edits.EditsStage;
import dev.chorus.export.ExportSection;
import dev.chorus.pipeline.StageCatalog;
import dev.chorus.reuse.ReuseConfig;
import dev.chorus.reuse.ReuseStage;
import dev.chorus.run.Analysis;
import dev.chorus.run.AnalysisOptions;
import dev.chorus.store.DuckDbWorkspace;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every finding section of the JSON export, byte for byte, on the bundled corpus through the standard pipeline, against the bytes it wrote
 * when this test was pinned: sections may share how they turn rows into JSON, but what they write stays the same.
 * A deliberate change of a section (a new field) updates the file: run with {@code -Dchorus.golden.update=true}.
 */
class GoldenSectionsTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "dev", "chorus", "nlp", "corenlp", "sections.golden.json");

  @TempDir static Path tmp;
  static Path ws;

  private static final Path CORPUS = Path.of("..", "examples", "kazakhstan-2022");

  /**
   * The bundled corpus plus three short texts written for this test, so that every section has rows: a copy of the
   * first article's opening (text reuse, talking points) and two articles that date one event differently (date
   * claims).
   */
  @BeforeAll
  static void analyse() throws Exception {
    Path input = tmp.resolve("input");
    Files.createDirectories(input);
    try (Stream<Path> files = Files.list(CORPUS)) {
      for (Path f : files.sorted().toList()) {
        Files.copy(f, input.resolve(f.getFileName()));
      }
    }
    List<String> first = Files.readAllLines(CORPUS.resolve("000_ca6464fffe68f93e.txt"));
    Files.writeString(input.resolve("wire-copy.txt"), String.join("\n", first.subList(0, 4))
        + "\nThe ministry gave no figures for the arrests.\n");
    Files.writeString(input.resolve("dated-a.txt"), "Protests over gas prices began in Zhanaozen on January 2, 2022,"
        + " residents said.\nThe government resigned on January 5, 2022.\n");
    Files.writeString(input.resolve("dated-b.txt"), "Protests over gas prices began in Zhanaozen on January 4, 2022,"
        + " officials said.\nThe cabinet resigned on January 5, 2022.\n");
    ws = tmp.resolve("ws");
    new Analysis(AnalysisOptions.of(List.of(input.toString()), ws), null).run("test");
    // reuse runs where an encoder module is installed; without one its passages and shared sentences are still found
    try (DuckDbWorkspace w = DuckDbWorkspace.open(ws)) {
      new ReuseStage(ReuseConfig.defaults(), null).run(w);
      new EditsStage().run(w);
    }
  }

  @Test
  void sectionsWriteTheSameBytes() throws Exception {
    String actual = sections();
    if (Boolean.getBoolean("chorus.golden.update")) {
      Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
  }

  private static String sections() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DuckDbWorkspace w = DuckDbWorkspace.openReadOnly(ws);
        JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      for (ExportSection section : StageCatalog.installed().exportSections()) {
        g.writeArrayFieldStart(section.name());
        section.writeElements(w, g);
        g.writeEndArray();
      }
      g.writeEndObject();
    }
    return out.toString(StandardCharsets.UTF_8) + "\n";
  }
}
