package dev.chorus.web;

import dev.chorus.export.JsonExporter;
import dev.chorus.store.Workspace;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

/**
 * Writes the UI as one HTML file with its style, scripts and data inline: it opens from disk or an e-mail with no
 * network. The data sits in a {@code <script type="application/json">} block with every {@code <} escaped, so no
 * article text can close the block; the page's policy lets only the exact inline scripts and style run.
 */
public final class ReportWriter {

  public void write(Workspace ws, Path out) throws IOException {
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    new JsonExporter().write(ws, json);
    writeExport(json.toString(StandardCharsets.UTF_8), out);
  }

  /** Writes the report over an export already in JSON (the shape {@link JsonExporter} writes). */
  public void writeExport(String exportJson, Path out) throws IOException {
    String data = escapeForScriptBlock(exportJson);
    String script = inlineable(WebAssets.read("app.js"));
    String cytoscape = inlineable(WebAssets.cytoscape());
    String style = WebAssets.read("app.css");
    String html = WebAssets.read("index.html")
        .replace("<!--CSP-->", "<meta http-equiv=\"Content-Security-Policy\" content=\""
            + SecurityHeaders.reportCsp(List.of(cytoscape, script), style) + "\">")
        .replace("<!--STYLE-->", "<style>" + style + "</style>")
        .replace("<!--DATA-->", "<script type=\"application/json\" id=\"chorus-data\">" + data + "</script>")
        .replace("<!--VENDOR-->", "<script>" + cytoscape + "</script>")
        .replace("<!--SCRIPT-->", "<script>" + script + "</script>");
    Path abs = out.toAbsolutePath();
    Files.createDirectories(abs.getParent());
    Path tmp = abs.resolveSibling("." + abs.getFileName() + ".tmp");
    Files.writeString(tmp, html, StandardCharsets.UTF_8);
    Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
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
