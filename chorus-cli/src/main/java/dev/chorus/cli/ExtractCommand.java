package dev.chorus.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chorus.extract.DensityMainTextExtractor;
import dev.chorus.extract.ExtractedPage;
import dev.chorus.extract.MainTextExtractor;
import dev.chorus.extract.PageMetadata;
import dev.chorus.ingest.ArticleSink;
import dev.chorus.ingest.HtmlReader;
import dev.chorus.ingest.IngestLimits;
import dev.chorus.ingest.InputFile;
import dev.chorus.ingest.InputResolver;
import dev.chorus.ingest.UnreadableInputException;
import dev.chorus.model.Article;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code chorus extract FILE…}: the main text and metadata of HTML pages, one JSON object per line on standard
 * output. Pages are decoded as the analysis decodes them (BOM, UTF-8, declared charset, detection); a file that
 * cannot be read is reported on standard error and the exit code says some were skipped.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Extract the main text and metadata of HTML pages (.html, .htm, .xhtml, optionally .gz).",
        "Prints JSON Lines: file, title, text, published, published_source, modified, byline, site, url, language,"
            + " sources (where each metadata field was found)."})
final class ExtractCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "HTML files, directories or globs.")
  List<String> inputs;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<String> skipped = new ArrayList<>();
    List<InputFile> files = new InputResolver().resolve(inputs, s -> skipped.add(s.input() + ": " + s.reason()));
    HtmlReader reader = new HtmlReader(IngestLimits.defaults());
    MainTextExtractor extractor = new DensityMainTextExtractor();
    for (InputFile file : files) {
      if (!reader.accepts(file.innerName())) {
        skipped.add(file.displayName() + ": not an HTML file (.html, .htm, .xhtml, optionally .gz)");
        continue;
      }
      List<Article> read = new ArrayList<>(1);
      try {
        reader.read(file, new ArticleSink() {
          @Override
          public void accept(Article article) {
            read.add(article);
          }

          @Override
          public void skip(String input, String reason) {
            skipped.add(input + ": " + reason);
          }
        });
      } catch (UnreadableInputException | IOException unreadable) {
        skipped.add(file.displayName() + ": " + unreadable.getMessage());
        continue;
      }
      for (Article a : read) {
        out.println(JSON.writeValueAsString(line(file.displayName(), extractor.extract(a.html(), null))));
      }
      out.flush();
    }
    for (String s : skipped) {
      err.println("chorus: skipped " + s);
    }
    err.flush();
    return skipped.isEmpty() ? ExitCodes.OK : ExitCodes.COMPLETED_WITH_SKIPS;
  }

  private static ObjectNode line(String file, ExtractedPage page) {
    PageMetadata m = page.metadata();
    ObjectNode o = JSON.createObjectNode();
    o.put("file", file);
    o.put("title", m.title());
    o.put("text", page.mainText());
    o.put("published", m.published());
    o.put("published_source", m.publishedSource());
    o.put("modified", m.modified());
    o.put("byline", m.byline());
    o.put("site", m.site());
    o.put("url", m.url());
    o.put("language", m.language());
    ObjectNode sources = o.putObject("sources");
    m.sources().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
        .forEach(e -> sources.put(e.getKey(), e.getValue()));
    return o;
  }
}
