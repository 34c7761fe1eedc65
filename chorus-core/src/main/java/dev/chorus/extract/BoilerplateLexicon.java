package dev.chorus.extract;

import dev.chorus.text.WordList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names and phrases of page furniture, kept as data in {@code boilerplate.txt} (each list says where it came
 * from): class/id fragments of non-story and story containers, and short blocks that are always furniture.
 * Immutable and thread-safe.
 */
final class BoilerplateLexicon {
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\p{Punct}\\s]+$");
  private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

  private final List<String> negativeFragments;
  private final Set<String> negativeWords;
  private final List<String> positiveFragments;
  private final List<String> neverNegative;
  private final Set<String> phrases;
  private final Set<String> commentSection;

  private BoilerplateLexicon(Map<String, List<String>> sections) {
    negativeFragments = sections.getOrDefault("negative-class", List.of());
    negativeWords = Set.copyOf(sections.getOrDefault("negative-word", List.of()));
    positiveFragments = sections.getOrDefault("positive-class", List.of());
    neverNegative = sections.getOrDefault("never-negative", List.of());
    phrases = Set.copyOf(sections.getOrDefault("phrases", List.of()));
    commentSection = Set.copyOf(sections.getOrDefault("comment-section", List.of()));
  }

  private static final BoilerplateLexicon BUNDLED = load("boilerplate.txt");

  static BoilerplateLexicon bundled() {
    return BUNDLED;
  }

  private static BoilerplateLexicon load(String resource) {
    Map<String, List<String>> sections = new HashMap<>();
    List<String> current = null;
    for (String s : WordList.lines(BoilerplateLexicon.class, resource)) {
      if (s.startsWith("[") && s.endsWith("]")) {
        current = sections.computeIfAbsent(s.substring(1, s.length() - 1), k -> new ArrayList<>());
      } else if (current != null) {
        current.add(s.toLowerCase(Locale.ROOT));
      }
    }
    return new BoilerplateLexicon(sections);
  }

  /** The furniture name an element's class or id carries, or null. */
  String negativeName(String classAndId) {
    if (classAndId.isEmpty()) {
      return null;
    }
    String s = classAndId.toLowerCase(Locale.ROOT);
    for (String ok : neverNegative) {
      if (s.contains(ok)) {
        return null;
      }
    }
    for (String f : negativeFragments) {
      if (s.contains(f)) {
        return f;
      }
    }
    for (String word : NON_ALPHANUMERIC.split(s)) {
      if (negativeWords.contains(word)) {
        return word;
      }
    }
    return null;
  }

  boolean positiveName(String classAndId) {
    if (classAndId.isEmpty()) {
      return false;
    }
    String s = classAndId.toLowerCase(Locale.ROOT);
    for (String f : positiveFragments) {
      if (s.contains(f)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the whole block is a label opening reader comments ("Comments", "Have your say"). A label with a
   * count ("53 Comments") is a link in the story's header, not the thread's heading.
   */
  boolean opensComments(String blockText) {
    if (blockText.length() > 40) {
      return false;
    }
    String s = TRAILING_PUNCTUATION.matcher(blockText.toLowerCase(Locale.ROOT)).replaceAll("").strip();
    if (commentSection.contains(s)) {
      return true;
    }
    // "Most Recent Reader Comments", "Latest comments": a short heading ending in the word, without a count.
    String[] words = s.split(" ");
    return words.length <= MAX_COMMENT_LABEL_WORDS && words[words.length - 1].equals("comments")
        && s.chars().noneMatch(Character::isDigit);
  }

  /** Longest heading read as opening comments by its last word ("most recent reader comments" has four). */
  private static final int MAX_COMMENT_LABEL_WORDS = 4;

  /** True when the whole block is a furniture label such as "Advertisement" or "Share this article". */
  boolean isPhrase(String blockText) {
    if (blockText.length() > 40) {
      return false;
    }
    String s = TRAILING_PUNCTUATION.matcher(blockText.toLowerCase(Locale.ROOT)).replaceAll("").strip();
    return phrases.contains(s);
  }
}
