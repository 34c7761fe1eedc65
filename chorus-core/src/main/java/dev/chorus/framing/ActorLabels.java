package dev.chorus.framing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The actor-label list ({@code actor-labels.tsv}): singular word → actor group. */
public final class ActorLabels {
  private final Map<String, String> groupOf;

  private ActorLabels(Map<String, String> groupOf) {
    this.groupOf = Map.copyOf(groupOf);
  }

  public static ActorLabels bundled() {
    try (InputStream in = ActorLabels.class.getResourceAsStream("actor-labels.tsv")) {
      if (in == null) {
        throw new IllegalStateException("actor-labels.tsv missing from the classpath");
      }
      Map<String, String> map = new LinkedHashMap<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        map.put(cols[0].strip(), cols[1].strip());
      }
      return new ActorLabels(map);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The group of a word as written ("Rioters'", "authorities"), normalised as the framing stage counts words; null
   * when it is not an actor label.
   */
  public String groupOfWritten(String word) {
    return groupOf(Words.normalise(word));
  }

  /** A word as written, in the singular lower-case form the label list holds. */
  public static String normalise(String word) {
    return Words.normalise(word);
  }

  /** The group of a normalised word, or null when it is not an actor label. */
  public String groupOf(String word) {
    return groupOf.get(word);
  }
}
