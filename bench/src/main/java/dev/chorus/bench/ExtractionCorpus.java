package dev.chorus.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.ingest.ArticleSink;
import dev.chorus.ingest.HtmlReader;
import dev.chorus.ingest.IngestLimits;
import dev.chorus.ingest.InputFile;
import dev.chorus.ingest.UnreadableInputException;
import dev.chorus.model.Article;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Extraction dev sets with their ground truth, pages read and decoded once by Chorus's own HTML reader:
 * <ul>
 *   <li>article-extraction (ScrapingHub): {@code ground-truth.json} (id to {@code articleBody} and {@code url});</li>
 *   <li>L3S-GN1: {@code ground-truth.jsonl} ({@code page_id}, {@code url}, {@code plaintext}). Research use only:
 *       read from its folder at benchmark time, never copied into the project.</li>
 * </ul>
 * Both keep their pages as {@code html/ID.html.gz}.
 */
public final class ExtractionCorpus {
  /** One page: its id, URL, decoded HTML and expected main text. */
  public record Page(String id, String url, String html, String expected) {}

  private ExtractionCorpus() {}

  /** The article-extraction benchmark's layout. */
  public static List<Page> load(Path dir) throws IOException {
    JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
    HtmlReader reader = new HtmlReader(IngestLimits.defaults());
    List<Page> pages = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> it = truth.fields();
    while (it.hasNext()) {
      var e = it.next();
      pages.add(new Page(e.getKey(), e.getValue().path("url").asText(null), html(reader, dir, e.getKey()),
          e.getValue().path("articleBody").asText("")));
    }
    return pages;
  }

  /** The L3S-GN1 layout (the web content extraction benchmark's JSON Lines ground truth). */
  public static List<Page> loadL3s(Path dir) throws IOException {
    ObjectMapper json = new ObjectMapper();
    HtmlReader reader = new HtmlReader(IngestLimits.defaults());
    List<Page> pages = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(dir.resolve("ground-truth.jsonl"), StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode row = json.readTree(line);
        String id = row.path("page_id").asText();
        pages.add(new Page(id, row.path("url").asText(null), html(reader, dir, id), row.path("plaintext").asText("")));
      }
    }
    return pages;
  }

  private static String html(HtmlReader reader, Path dir, String id) throws IOException {
    Path file = dir.resolve("html").resolve(id + ".html.gz");
    String[] html = new String[1];
    try {
      reader.read(InputFile.of(file), new ArticleSink() {
        @Override
        public void accept(Article article) {
          html[0] = article.html();
        }

        @Override
        public void skip(String input, String reason) {
          throw new IllegalStateException(input + ": " + reason);
        }
      });
    } catch (UnreadableInputException unreadable) {
      throw new IOException(unreadable.getMessage(), unreadable);
    }
    return html[0];
  }
}
