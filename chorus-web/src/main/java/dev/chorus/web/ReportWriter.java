package dev.chorus.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chorus.export.JsonExporter;
import dev.chorus.store.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

/**
 * Writes the UI as one HTML file with its style, scripts and data inline: it opens from disk or an e-mail with no
 * network. The data is what the server would answer ({@link ReportData}: the same overview, sections, article
 * pages and articles), in a {@code <script type="application/json">} block with every {@code <} escaped, so no
 * article text can close the block; the page's policy lets only the exact inline scripts and style run.
 */
public final class ReportWriter {

  public void write(Workspace ws, Path out) throws IOException {
    write(new SqlWorkspaceData(ws), out);
  }

  /** Writes the report over an export already in JSON (the shape {@link JsonExporter} writes). */
  public void writeExport(String exportJson, Path out) throws IOException {
    write(new ExportWorkspaceData(JsonRows.MAPPER.readTree(exportJson)), out);
  }

  private void write(WorkspaceData data, Path out) throws IOException {
    ObjectNode answers = ReportData.of(data);
    String json = escapeForScriptBlock(JsonRows.MAPPER.writeValueAsString(answers));
    String script = inlineable(WebAssets.script());
    String cytoscape = inlineable(WebAssets.cytoscape());
    String style = WebAssets.read("app.css");
    String html = WebAssets.page(
        "<meta http-equiv=\"Content-Security-Policy\" content=\""
            + SecurityHeaders.reportCsp(List.of(cytoscape, script), style) + "\">",
        "<style>" + style + "</style>",
        "<script type=\"application/json\" id=\"chorus-data\">" + json + "</script>",
        "<script>" + cytoscape + "</script>",
        "<script>" + script + "</script>");
    Path abs = out.toAbsolutePath();
    Files.createDirectories(abs.getParent());
    Path tmp = abs.resolveSibling("." + abs.getFileName() + ".tmp");
    try {
      Files.writeString(tmp, html, StandardCharsets.UTF_8);
      Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp); // after a failed write (a full disk), never a half report beside the old one
    }
  }

  /** A script inlined in a {@code <script>} element must not be able to end it or switch the parser's state. */
  static String inlineable(String script) {
    String lower = script.toLowerCase(Locale.ROOT);
    if (lower.contains("</script") || lower.contains("<!--")) {
      throw new IllegalStateException("script cannot be inlined safely");
    }
    return script;
  }

  /** JSON is unchanged in meaning when {@code <}, {@code >} and {@code &} are written as Unicode escapes. */
  static String escapeForScriptBlock(String json) {
    StringBuilder sb = new StringBuilder(json.length() + 64);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      switch (c) {
        case '<' -> sb.append("\\u003c");
        case '>' -> sb.append("\\u003e");
        case '&' -> sb.append("\\u0026");
        case '\u2028' -> sb.append("\\u2028");
        case '\u2029' -> sb.append("\\u2029");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
