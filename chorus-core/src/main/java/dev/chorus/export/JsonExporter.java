package dev.chorus.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.chorus.model.Article;
import dev.chorus.model.OffsetMap;
import dev.chorus.model.Removal;
import dev.chorus.model.Sentence;
import dev.chorus.model.SkippedInput;
import dev.chorus.pipeline.StageCatalog;
import dev.chorus.store.RunHistory;
import dev.chorus.store.Workspace;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Writes the JSON export contract, streaming article by article:
 * <pre>{@code
 * {"chorus_export_version": 1,
 *  "articles": [{"id", "source", "title", "url", "published", "published_inferred", "language", "text",
 *                "removed": [{"text", "reason", "start", "end"}], "duplicate_of", ...}],
 *  "entities": [], "quotes": [], "time_expressions": [], "claims": [], "comparisons": [],
 *  "reuse": [], "talking_points": [], "timeline": [], "framing": [], "stories": [], "skipped_inputs": [...]}
 * }</pre>
 * {@code text} is the cleaned text; evidence spans are {@code {"article","start","end"}} into it. Removals index
 * {@code original_text}; {@code offset_map} rows {@code [clean_start, original_start, length]} map one to the other.
 */
public final class JsonExporter {
  public static final int VERSION = 1;
  /**
   * The arrays stage packages fill, from their {@link dev.chorus.pipeline.StageDescriptor}s: each is present (empty
   * until its stage has run) in every export.
   */
  public static final List<String> FINDING_SECTIONS = StageCatalog.installed().exportSectionNames();

  public void export(Workspace ws, Path target) throws IOException {
    Path temp = AtomicFiles.tempSibling(target);
    try (OutputStream out = Files.newOutputStream(temp);
        JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
      g.useDefaultPrettyPrinter();
      write(ws, g);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
    AtomicFiles.moveIntoPlace(temp, target);
  }

  /** Writes the export to a stream (left open), for servers and reports. */
  public void write(Workspace ws, OutputStream out) throws IOException {
    try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      write(ws, g);
    }
  }

  void write(Workspace ws, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeNumberField("chorus_export_version", VERSION);
    try (Statement st = ws.connection().createStatement()) {
      g.writeStringField("stale", RunHistory.stale(st)); // null when the last run finished its corpus stages
    } catch (SQLException e) {
      throw new IOException("cannot read the workspace's runs: " + e.getMessage(), e);
    }
    g.writeArrayFieldStart("articles");
    try {
      ws.forEachArticle(a -> {
        try {
          writeArticle(a, g);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    g.writeEndArray();
    for (ExportSection section : StageCatalog.installed().exportSections()) {
      g.writeArrayFieldStart(section.name());
      section.writeElements(ws, g);
      g.writeEndArray();
    }
    g.writeArrayFieldStart("skipped_inputs");
    for (SkippedInput s : ws.skippedInputs()) {
      g.writeStartObject();
      g.writeStringField("input", s.input());
      g.writeStringField("reason", s.reason());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeArticle(Article a, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", a.id());
    g.writeStringField("source", a.source());
    g.writeStringField("title", a.title());
    g.writeStringField("url", a.url());
    g.writeStringField("published", a.published());
    g.writeBooleanField("published_inferred", a.publishedInferred());
    g.writeStringField("published_source", a.publishedSource());
    g.writeStringField("language", a.language());
    g.writeStringField("byline", a.byline());
    g.writeStringField("site", a.site());
    g.writeStringField("modified", a.modified());
    g.writeStringField("input", a.input());
    g.writeStringField("format", a.format());
    g.writeStringField("text", a.text());
    g.writeArrayFieldStart("removed");
    for (Removal r : a.removed()) {
      g.writeStartObject();
      g.writeStringField("text", r.text());
      g.writeStringField("reason", r.reason());
      g.writeNumberField("start", r.start());
      g.writeNumberField("end", r.end());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeStringField("duplicate_of", a.duplicateOf());
    g.writeArrayFieldStart("sentences");
    for (Sentence s : a.sentences()) {
      g.writeStartObject();
      g.writeNumberField("start", s.start());
      g.writeNumberField("end", s.end());
      g.writeNumberField("paragraph", s.paragraph());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeStringField("original_text", a.originalText());
    g.writeArrayFieldStart("offset_map");
    OffsetMap m = a.offsets();
    for (int i = 0; m != null && i < m.segmentCount(); i++) {
      g.writeStartArray();
      g.writeNumber(m.derivedStart(i));
      g.writeNumber(m.originalStart(i));
      g.writeNumber(m.length(i));
      g.writeEndArray();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
