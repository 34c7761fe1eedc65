package dev.chorus.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The page, script and style shipped in this module's resources ({@code dev/chorus/web/static}). */
final class WebAssets {
  static final String DIR = "dev/chorus/web/static";

  private WebAssets() {}

  static String read(String name) {
    try (InputStream in = WebAssets.class.getClassLoader().getResourceAsStream(DIR + "/" + name)) {
      if (in == null) {
        throw new IllegalStateException("web asset missing: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
