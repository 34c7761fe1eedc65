package dev.chorus.edits;

import dev.chorus.framing.ActorLabels;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists the classifier reads, each a data file beside this class with its origin in its header: hedges
 * ({@code hedges.tsv}), attribution cues ({@code attribution-cues.tsv}) and the words of a source
 * ({@code source-words.tsv}), negators ({@code negations.tsv}), figure
 * units and scales ({@code figure-units.tsv}), and the framing stage's actor labels. Immutable and thread-safe.
 */
final class Lexicon {
  /** A multi-word phrase as token forms, with what it is. */
  record Phrase(List<String> words, String kind, boolean needsNumber) {}

  /** A word around a number: its role (scale, unit, currency, number, vague) and value. */
  record UnitWord(String role, String value) {}

  private static volatile Lexicon bundled;

  final List<Phrase> hedges;
  final List<Phrase> cues;
  final Set<String> negations;
  final Map<String, UnitWord> units;
  final List<Phrase> multiWordUnits;
  final ActorLabels labels;
  /** Words of a source before a reporting verb: word → pronoun, determiner or joiner. */
  final Map<String, String> sourceWords;

  private Lexicon(List<Phrase> hedges, List<Phrase> cues, Set<String> negations, Map<String, UnitWord> units,
      List<Phrase> multiWordUnits, ActorLabels labels, Map<String, String> sourceWords) {
    this.sourceWords = Map.copyOf(sourceWords);
    this.hedges = longestFirst(hedges);
    this.cues = longestFirst(cues);
    this.negations = Set.copyOf(negations);
    this.units = Map.copyOf(units);
    this.multiWordUnits = longestFirst(multiWordUnits);
    this.labels = labels;
  }

  static Lexicon bundled() {
    Lexicon l = bundled;
    if (l == null) {
      synchronized (Lexicon.class) {
        l = bundled;
        if (l == null) {
          bundled = l = load();
        }
      }
    }
    return l;
  }

  private static Lexicon load() {
    List<Phrase> hedges = new ArrayList<>();
    for (String[] row : rows("hedges.tsv")) {
      hedges.add(new Phrase(words(row[0]), row[1], row.length > 2 && row[2].equals("number")));
    }
    List<Phrase> cues = new ArrayList<>();
    for (String[] row : rows("attribution-cues.tsv")) {
      cues.add(new Phrase(words(row[0]), row[1], false));
    }
    Set<String> negations = new HashSet<>();
    for (String[] row : rows("negations.tsv")) {
      negations.add(row[0]);
    }
    Map<String, UnitWord> units = new HashMap<>();
    List<Phrase> multi = new ArrayList<>();
    for (String[] row : rows("figure-units.tsv")) {
      List<String> w = words(row[0]);
      if (w.size() > 1) {
        multi.add(new Phrase(w, row[1] + "\t" + row[2], false));
      } else {
        units.put(row[0], new UnitWord(row[1], row[2]));
      }
    }
    Map<String, String> sourceWords = new HashMap<>();
    for (String[] row : rows("source-words.tsv")) {
      sourceWords.put(row[0], row[1]);
    }
    return new Lexicon(hedges, cues, negations, units, multi, ActorLabels.bundled(), sourceWords);
  }

  /** Is this token a negator: a listed word or a contraction in "n't"? */
  boolean isNegation(Token t) {
    return t.type() == Token.Type.WORD && (negations.contains(t.form()) || t.form().endsWith("n't"));
  }

  /** The actor label group of a word token, or null. */
  String labelGroup(Token t) {
    return t.type() == Token.Type.WORD ? labels.groupOfWritten(t.form()) : null;
  }

  /** Does {@code phrase} start at token {@code i} of {@code tokens}? */
  static boolean matches(Phrase phrase, List<Token> tokens, int i) {
    if (i + phrase.words().size() > tokens.size()) {
      return false;
    }
    for (int k = 0; k < phrase.words().size(); k++) {
      if (!tokens.get(i + k).form().equals(phrase.words().get(k))) {
        return false;
      }
    }
    return true;
  }

  private static List<String> words(String phrase) {
    return List.of(phrase.strip().split(" +"));
  }

  private static List<Phrase> longestFirst(List<Phrase> phrases) {
    List<Phrase> out = new ArrayList<>(phrases);
    out.sort(Comparator.comparingInt((Phrase p) -> -p.words().size()));
    return List.copyOf(out);
  }

  private static List<String[]> rows(String resource) {
    try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " missing from the classpath");
      }
      List<String[]> out = new ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] cols = line.split("\t");
          for (int i = 0; i < cols.length; i++) {
            cols[i] = cols[i].strip();
          }
          out.add(cols);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
