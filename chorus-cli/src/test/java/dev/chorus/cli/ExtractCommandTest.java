package dev.chorus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.testing.BridgeStory;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExtractCommandTest {
  private static final String STORY = BridgeStory.FIRST;
  private static final String PAGE = "<html lang=\"en\"><head><meta charset=\"%s\"><title>Bridge</title>"
      + BridgeStory.META_TAGS + "</head>"
      + "<body><nav><a href=/>Home</a> <a href=/news>News</a></nav><article><h1>Council closes the bridge</h1>"
      + "<p>%s</p><p>%s</p></article></body></html>";

  @TempDir Path dir;

  private record Run(int exit, List<JsonNode> lines, String err) {}

  private Run run(String... args) throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = ChorusCommand.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args);
    List<JsonNode> lines = new ArrayList<>();
    for (String line : out.toString().split("\n")) {
      if (!line.isBlank()) {
        lines.add(new ObjectMapper().readTree(line));
      }
    }
    return new Run(exit, lines, err.toString());
  }

  private Path page(String name, String charset, String second) throws IOException {
    Path p = dir.resolve(name);
    byte[] bytes = String.format(PAGE, charset, STORY, second).getBytes(Charset.forName(charset));
    if (name.endsWith(".gz")) {
      try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(p))) {
        gz.write(bytes);
      }
    } else {
      Files.write(p, bytes);
    }
    return p;
  }

  @Test
  void printsOneJsonLineWithTextAndMetadataPerPage() throws IOException {
    Path p = page("bridge.html", "UTF-8", "Residents said the closure would add half an hour to their commute.");
    Run r = run("extract", p.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.OK);
    assertThat(r.lines()).singleElement().satisfies(j -> {
      assertThat(j.path("file").asText()).isEqualTo(p.toString());
      assertThat(j.path("title").asText()).isEqualTo("Council closes the bridge");
      assertThat(j.path("text").asText()).startsWith(STORY).doesNotContain("Home");
      assertThat(j.path("published").asText()).isEqualTo("2022-01-06");
      assertThat(j.path("published_source").asText()).isEqualTo("meta:article:published_time");
      assertThat(j.path("byline").asText()).isEqualTo("Ana Ruiz");
      assertThat(j.path("site").asText()).isEqualTo("Valley Post");
      assertThat(j.path("language").asText()).isEqualTo("en");
    });
  }

  @Test
  void decodesGzippedPagesInTheirDeclaredCharset() throws IOException {
    String russian = "Жители сказали, что закрытие моста добавит полчаса к их дороге на работу каждый день.";
    Path p = page("most.html.gz", "windows-1251", russian);
    Run r = run("extract", p.toString());
    assertThat(r.lines()).singleElement()
        .satisfies(j -> assertThat(j.path("text").asText()).contains(russian));
  }

  @Test
  void reportsFilesItCannotReadAndExitsWithSkips() throws IOException {
    Path good = page("bridge.html", "UTF-8", "Residents said the closure would add half an hour.");
    Path notHtml = Files.writeString(dir.resolve("notes.txt"), "plain", StandardCharsets.UTF_8);
    Run r = run("extract", good.toString(), notHtml.toString(), dir.resolve("missing.html").toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.COMPLETED_WITH_SKIPS);
    assertThat(r.lines()).hasSize(1);
    assertThat(r.err()).contains("notes.txt", "missing.html");
  }
}
