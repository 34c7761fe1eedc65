package dev.chorus.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.ingest.ArticleSink;
import dev.chorus.ingest.HtmlReader;
import dev.chorus.ingest.IngestLimits;
import dev.chorus.ingest.InputFile;
import dev.chorus.ingest.UnreadableInputException;
import dev.chorus.model.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The article-extraction pages with their ground truth: {@code ground-truth.json} (id to articleBody and url) and
 * {@code html/ID.html.gz}. Pages are read and decoded once, by Chorus's own HTML reader.
 */
public final class ExtractionCorpus {
  /** One page: its id, URL, decoded HTML and expected main text. */
  public record Page(String id, String url, String html, String expected) {}

  private ExtractionCorpus() {}

  public static List<Page> load(Path dir) throws IOException {
    JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
    HtmlReader reader = new HtmlReader(IngestLimits.defaults());
    List<Page> pages = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> it = truth.fields();
    while (it.hasNext()) {
      var e = it.next();
      Path file = dir.resolve("html").resolve(e.getKey() + ".html.gz");
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
      pages.add(new Page(e.getKey(), e.getValue().path("url").asText(null), html[0],
          e.getValue().path("articleBody").asText("")));
    }
    return pages;
  }
}
