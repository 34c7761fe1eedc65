package dev.chorus.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.chorus.annotate.CanonicalEntity;
import dev.chorus.annotate.EntityCanonicalizer;
import dev.chorus.ingest.ArticleSink;
import dev.chorus.ingest.IngestLimits;
import dev.chorus.ingest.Ingestor;
import dev.chorus.ingest.InputFile;
import dev.chorus.ingest.InputResolver;
import dev.chorus.ingest.IsoDates;
import dev.chorus.ingest.Manifest;
import dev.chorus.model.Article;
import dev.chorus.model.Mention;
import dev.chorus.model.NumberMention;
import dev.chorus.model.Quote;
import dev.chorus.model.Span;
import dev.chorus.model.TimeExpression;
import dev.chorus.pipeline.Capability;
import dev.chorus.pipeline.Pipeline;
import dev.chorus.run.Analysis;
import dev.chorus.run.AnalysisOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code chorus annotate}: the annotations of a few texts, without a workspace, so a user can check one article:
 * entities (canonicalised across the given files), quotes with speakers, dates on the calendar and numbers.
 */
@Command(name = "annotate", mixinStandardHelpOptions = true,
    description = "Print the entities, quotes with speakers, dates and numbers Chorus finds in the given texts.")
final class AnnotateCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Text, HTML, JSONL or WARC files.")
  List<String> files;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Publication date to resolve relative dates against (default: the file's, else inferred).")
  String date;

  @Option(names = "--json", description = "Print JSON (entities, and per article quotes, time_expressions, numbers).")
  boolean json;

  @Override
  public Integer call() throws Exception {
    LocalDate given = date == null ? null : IsoDates.day(date);
    if (date != null && given == null) {
      System.err.println("chorus: --date must be YYYY-MM-DD, got " + Summary.visible(date));
      return ExitCodes.USAGE;
    }
    Pipeline pipeline = Analysis.standardPipeline(AnalysisOptions.of(files, Path.of(".")));
    if (!pipeline.provides().contains(Capability.ANNOTATIONS)) {
      System.err.println("chorus: no annotate stage on the classpath (chorus-nlp-corenlp is missing)");
      return ExitCodes.FAILED;
    }
    List<Article> articles = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    List<InputFile> inputs = new InputResolver().resolve(files, s -> skipped.add(s.input() + ": " + s.reason()));
    Ingestor ingestor = new Ingestor(IngestLimits.defaults(), Manifest.empty());
    for (InputFile f : inputs) {
      ingestor.ingest(f, new ArticleSink() {
        @Override
        public void accept(Article a) {
          Article dated = given == null ? a : a.withMetadata(a.title(), a.url(), given.toString(), "--date");
          articles.add(pipeline.process(dated));
        }

        @Override
        public void skip(String input, String reason) {
          skipped.add(input + ": " + reason);
        }

        @Override
        public boolean alreadyDone(String id, String input) {
          return false;
        }
      });
    }
    // an article without a date of its own stays undated: no date is borrowed from the other inputs
    List<Article> dated = articles;
    List<Mention> mentions = new ArrayList<>();
    dated.forEach(a -> mentions.addAll(a.annotations().mentions()));
    List<CanonicalEntity> entities = EntityCanonicalizer.canonicalize(mentions);
    if (json) {
      writeJson(dated, entities, System.out);
    } else {
      writeText(dated, entities, System.out);
    }
    skipped.forEach(s -> System.err.println("chorus: skipped " + Summary.visible(s)));
    return skipped.isEmpty() ? ExitCodes.OK : ExitCodes.COMPLETED_WITH_SKIPS;
  }

  private static void writeJson(List<Article> articles, List<CanonicalEntity> entities, PrintStream out)
      throws IOException {
    try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeArrayFieldStart("entities");
      for (CanonicalEntity e : entities) {
        g.writeStartObject();
        g.writeStringField("id", e.id());
        g.writeStringField("name", e.name());
        g.writeStringField("type", e.type().name());
        g.writeArrayFieldStart("aliases");
        for (String a : e.aliases()) {
          g.writeString(a);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("mentions");
        for (Span s : e.mentions()) {
          span(g, s);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("articles");
      for (Article a : articles) {
        writeArticle(g, a, entities);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.println();
  }

  private static void writeArticle(JsonGenerator g, Article a, List<CanonicalEntity> entities) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", a.id());
    g.writeStringField("input", a.input());
    g.writeStringField("published", a.published());
    g.writeBooleanField("published_inferred", a.publishedInferred());
    g.writeStringField("published_source", a.publishedSource());
    g.writeArrayFieldStart("quotes");
    for (Quote q : a.annotations().quotes()) {
      g.writeStartObject();
      g.writeStringField("article", a.id());
      g.writeNumberField("start", q.span().start());
      g.writeNumberField("end", q.span().end());
      g.writeStringField("text", q.text());
      g.writeStringField("speaker", q.speaker());
      g.writeStringField("speaker_entity", entityAt(entities, q.speakerSpan()));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("time_expressions");
    for (TimeExpression t : a.annotations().times()) {
      g.writeStartObject();
      g.writeStringField("article", a.id());
      g.writeNumberField("start", t.span().start());
      g.writeNumberField("end", t.span().end());
      g.writeStringField("text", t.text());
      g.writeStringField("value", t.value());
      g.writeStringField("precision", t.precision().name().toLowerCase(Locale.ROOT));
      g.writeStringField("reference", t.reference().name().toLowerCase(Locale.ROOT));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("numbers");
    for (NumberMention n : a.annotations().numbers()) {
      g.writeStartObject();
      g.writeStringField("article", a.id());
      g.writeNumberField("start", n.span().start());
      g.writeNumberField("end", n.span().end());
      g.writeStringField("text", n.text());
      g.writeNumberField("value", n.value());
      g.writeStringField("qualifier", n.qualifier());
      g.writeStringField("counted", n.counted());
      g.writeStringField("unit", n.unit());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("scare_quotes");
    for (Span s : a.annotations().scareQuotes()) {
      span(g, s);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void span(JsonGenerator g, Span s) throws IOException {
    g.writeStartObject();
    g.writeStringField("article", s.article());
    g.writeNumberField("start", s.start());
    g.writeNumberField("end", s.end());
    g.writeEndObject();
  }

  private static String entityAt(List<CanonicalEntity> entities, Span span) {
    if (span == null) {
      return null;
    }
    for (CanonicalEntity e : entities) {
      if (e.mentions().contains(span)) {
        return e.id();
      }
    }
    return null;
  }

  private static void writeText(List<Article> articles, List<CanonicalEntity> entities, PrintStream out) {
    out.println("Entities:");
    for (CanonicalEntity e : entities) {
      out.printf("  %-12s %s (%d mentions)%s%n", e.type().name().toLowerCase(Locale.ROOT), Summary.visible(e.name()),
          e.mentions().size(), e.aliases().isEmpty() ? "" : "; also " + Summary.visible(String.join(", ", e.aliases())));
    }
    for (Article a : articles) {
      out.println();
      out.printf("%s  (date %s%s)%n", Summary.visible(a.id()), a.published() == null ? "unknown" : a.published(),
          a.publishedInferred() ? ", inferred" : "");
      for (Quote q : a.annotations().quotes()) {
        String text = q.text().replace('\n', ' ');
        out.printf("  quote  %s: \"%s\"%n", q.speaker() == null ? "(speaker unknown)" : Summary.visible(q.speaker()),
            Summary.visible(text.length() > 90 ? text.substring(0, 89) + "…" : text));
      }
      for (TimeExpression t : a.annotations().times()) {
        out.printf("  date   %-24s %s%n", "\"" + Summary.visible(t.text()) + "\"", t.value() == null ? "(unresolved)" : t.value());
      }
      for (NumberMention n : a.annotations().numbers()) {
        out.printf("  number %s%s%s%n", n.qualifier() == null ? "" : n.qualifier() + " ", Summary.visible(n.text()),
            n.counted() == null ? "" : " " + Summary.visible(n.counted()));
      }
    }
  }
}
