package dev.chorus.nlp.corenlp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A manifest for the bundled corpus, as a user who knows when the articles came out would give it: three of its
 * texts carry no publication date of their own, so tests of the timeline's report dates supply one.
 */
final class DemoManifest {
  static final Path CORPUS = Path.of("..", "examples", "kazakhstan-2022");
  /** The date the pages were collected on, the day after the newest date any of them states. */
  static final String PUBLISHED = "2022-01-10";

  private DemoManifest() {}

  /** Writes {@code manifest.csv} in {@code dir}: every article of the corpus without a date, dated PUBLISHED. */
  static Path write(Path dir, List<String> undated) throws IOException {
    StringBuilder csv = new StringBuilder("file,published\n");
    try (Stream<Path> files = Files.list(CORPUS)) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        if (undated.stream().anyMatch(name::startsWith)) {
          csv.append(name).append(',').append(PUBLISHED).append('\n');
        }
      }
    }
    return Files.writeString(dir.resolve("manifest.csv"), csv, StandardCharsets.UTF_8);
  }
}
