package dev.chorus.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The page, script and style shipped in this module's resources ({@code dev/chorus/web/static}), and the one
 * third-party script the page uses (Cytoscape, from its WebJar on the classpath).
 */
final class WebAssets {
  static final String DIR = "dev/chorus/web/static";
  /** Cytoscape's minified build inside {@code org.webjars.npm:cytoscape}; the version is the WebJar's. */
  static final String CYTOSCAPE = "META-INF/resources/webjars/cytoscape/3.33.1/dist/cytoscape.min.js";

  private WebAssets() {}

  static String read(String name) {
    return resource(DIR + "/" + name);
  }

  static String cytoscape() {
    return resource(CYTOSCAPE);
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
