package dev.chorus.annotate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * One-word vague time references and recurrences that TimeML marks or leaves unmarked, whatever their part of
 * speech: {@code vague-time-words.tsv}, with the counts from TempEval-3's training documents behind each choice.
 */
final class TimeWords {
  private static final Map<String, Boolean> KEEP = load();

  private TimeWords() {}

  /** True to keep the lower-case word as a time expression, false to drop it, null when it is not listed. */
  static Boolean keep(String word) {
    return KEEP.get(word);
  }

  private static Map<String, Boolean> load() {
    try (InputStream in = TimeWords.class.getResourceAsStream("vague-time-words.tsv")) {
      if (in == null) {
        throw new IllegalStateException("vague-time-words.tsv missing from the classpath");
      }
      Map<String, Boolean> map = new HashMap<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        map.put(cols[0].strip(), switch (cols[1].strip()) {
          case "keep" -> true;
          case "drop" -> false;
          default -> throw new IllegalStateException("vague-time-words.tsv: keep or drop, not " + cols[1]);
        });
      }
      return Map.copyOf(map);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
