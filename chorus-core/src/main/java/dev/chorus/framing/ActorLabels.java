package dev.chorus.framing;

import dev.chorus.text.WordList;
import java.util.LinkedHashMap;
import java.util.Map;

/** The actor-label list ({@code actor-labels.tsv}): singular word → actor group. */
public final class ActorLabels {
  private final Map<String, String> groupOf;

  private ActorLabels(Map<String, String> groupOf) {
    this.groupOf = Map.copyOf(groupOf);
  }

  public static ActorLabels bundled() {
    Map<String, String> map = new LinkedHashMap<>();
    for (String line : WordList.lines(ActorLabels.class, "actor-labels.tsv")) {
      String[] cols = line.split("\t");
      map.put(cols[0].strip(), cols[1].strip());
    }
    return new ActorLabels(map);
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
