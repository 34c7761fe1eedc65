package dev.chorus.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** The first Reuters-21578 records with text, copied as they are into a scratch JSON Lines file to analyse. */
final class ReutersSample {
  private ReutersSample() {}

  /** Copies the first {@code n} records with text from the gzipped JSON Lines {@code source}; returns how many. */
  static int write(Path source, Path out, int n) throws IOException {
    int written = 0;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
            new GZIPInputStream(Files.newInputStream(source), 1 << 16), StandardCharsets.UTF_8));
        BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      String line;
      while (written < n && (line = r.readLine()) != null) {
        // records without text have "text": ""; a record that only names its text field empty is not an article
        if (!line.contains("\"text\": \"\"")) {
          w.write(line);
          w.newLine();
          written++;
        }
      }
    }
    return written;
  }
}
