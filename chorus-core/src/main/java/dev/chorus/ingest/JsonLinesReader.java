package dev.chorus.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chorus.model.Article;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * JSON Lines: one article per line with {@code id}, {@code title}, {@code text} or {@code html}, {@code url},
 * {@code source}, {@code published} (and optionally {@code language}). Streams line by line, so a file of any
 * size ingests in bounded memory; a bad line is skipped as {@code file#line} with its reason.
 */
public final class JsonLinesReader implements DocumentReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final TextDecoder decoder = new TextDecoder();
  private final IngestLimits limits;

  public JsonLinesReader(IngestLimits limits) {
    this.limits = limits;
  }

  @Override
  public String format() {
    return "jsonl";
  }

  @Override
  public boolean accepts(String innerName) {
    return innerName.endsWith(".jsonl") || innerName.endsWith(".ndjson") || innerName.endsWith(".json");
  }

  @Override
  public void read(InputFile input, ArticleSink sink) throws IOException {
    try (InputStream in = input.open()) {
      ByteLineReader lines = new ByteLineReader(in);
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      while (lines.next(line, limits.maxDocumentBytes())) {
        String where = input.displayName() + "#" + lines.lineNumber();
        if (line.size() > limits.maxDocumentBytes()) {
          sink.skip(where, "line too large: more than " + BoundedReads.humanBytes(limits.maxDocumentBytes())
              + " (limit; see --max-document-bytes)");
          continue;
        }
        try {
          Article a = parse(line.toByteArray(), input, lines.lineNumber());
          if (a != null && !sink.alreadyDone(a.id(), a.input())) {
            sink.accept(a);
          }
        } catch (UnreadableInputException e) {
          sink.skip(where, e.getMessage());
        }
      }
    }
  }

  private Article parse(byte[] bytes, InputFile input, long lineNumber) throws UnreadableInputException {
    String line = decoder.decode(bytes).text().strip();
    if (line.isEmpty()) {
      return null;
    }
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new UnreadableInputException("malformed JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new UnreadableInputException("not a JSON object");
    }
    String text = field(node, "text");
    String html = field(node, "html");
    if (text == null && html == null) {
      throw new UnreadableInputException("no \"text\" or \"html\" field");
    }
    String id = field(node, "id");
    if (id == null) {
      id = input.stem() + "#" + lineNumber;
    }
    String where = input.displayName() + "#" + lineNumber;
    RecordFields.Found published = RecordFields.published(node);
    String url = field(node, "url");
    return Article.ingested(id, where, format(), RecordFields.outlet(node, url), field(node, "title"), url,
        published == null ? null : published.value(), published == null ? null : "jsonl:" + published.field(),
        field(node, "language"), text == null ? html : null, text);
  }

  private static String field(JsonNode node, String name) {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) {
      return null;
    }
    String s = v.isValueNode() ? v.asText() : v.toString();
    return s.isBlank() ? null : s;
  }
}
