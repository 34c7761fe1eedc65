package dev.chorus.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The page, scripts and style shipped in this module's resources ({@code dev/chorus/web/static}), and the one
 * third-party script the page uses (Cytoscape, from its WebJar on the classpath).
 */
final class WebAssets {
  static final String DIR = "dev/chorus/web/static";
  /** Cytoscape's minified build inside {@code org.webjars.npm:cytoscape}; the version is the WebJar's. */
  static final String CYTOSCAPE = "META-INF/resources/webjars/cytoscape/3.33.1/dist/cytoscape.min.js";
  /** The page's script files in load order, one a line. */
  static final String SCRIPT_LIST = "scripts.txt";

  private WebAssets() {}

  static String read(String name) {
    return resource(DIR + "/" + name);
  }

  static String cytoscape() {
    return resource(CYTOSCAPE);
  }

  /** The page's script files ({@value #SCRIPT_LIST}, {@code #} starts a comment), in load order. */
  static List<String> scriptFiles() {
    return read(SCRIPT_LIST).lines().map(l -> l.replaceFirst("#.*", "").strip()).filter(l -> !l.isEmpty()).toList();
  }

  /**
   * The page's scripts as one: every file in load order inside one function, so they share a {@code chorus}
   * object without a global. One script, so the server serves one fixed resource and the report pins one hash.
   */
  static String script() {
    StringBuilder out = new StringBuilder("(function () {\n'use strict';\nvar chorus = {};\n");
    for (String file : scriptFiles()) {
      out.append("\n// ---- ").append(file).append('\n').append(read(file));
    }
    return out.append("})();\n").toString();
  }

  /** The page with its placeholders filled: policy, style, data, vendor script and the page's script. */
  static String page(String csp, String style, String data, String vendor, String script) {
    return read("index.html").replace("<!--CSP-->", csp).replace("<!--STYLE-->", style).replace("<!--DATA-->", data)
        .replace("<!--VENDOR-->", vendor).replace("<!--SCRIPT-->", script);
  }

  private static String resource(String path) {
    try (InputStream in = WebAssets.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("web asset missing: " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
