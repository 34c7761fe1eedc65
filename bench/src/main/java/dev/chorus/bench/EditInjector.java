package dev.chorus.bench;

import dev.chorus.edits.EditKind;
import dev.chorus.framing.ActorLabels;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Injects one edit of a given kind into one sentence of a wire story, by recipe (seeded by the caller's Random):
 * <ul>
 *   <li>figure: a number (not a year) scaled by a factor in [0.5, 0.9] or [1.1, 2], written as the original was;</li>
 *   <li>hedge: an approximator put before a bare number, one before a number removed, or "reportedly" put after
 *       an auxiliary;</li>
 *   <li>attribution: ", the company said" dropped, the source before "said" replaced, or ", officials said"
 *       appended;</li>
 *   <li>negation: "not" put after an auxiliary, or an existing "not" removed;</li>
 *   <li>label: an actor label ("government", "police", "troops", …) replaced by another;</li>
 *   <li>added: a sentence of another story put after the sentence;</li>
 *   <li>dropped: the sentence removed, or a clause between commas removed;</li>
 *   <li>wording: a content word replaced by a content word of another story.</li>
 * </ul>
 * An injection returns the new sentence and the gold spans, relative to the old and new sentence; null when the
 * sentence offers no place for that kind.
 */
final class EditInjector {
  /** The new sentence, and the edit's characters in the old ({@code a}) and new ({@code b}) sentence. */
  record Injection(EditKind kind, String text, int aStart, int aEnd, int bStart, int bEnd) {}

  static final String RECIPE = "figure: a non-year number x[0.5,0.9]|[1.1,2.0], same format; hedge: about/nearly/"
      + "roughly/some/more than/up to before a bare number, or an existing one removed, or 'reportedly' after an"
      + " auxiliary; attribution: ', X said' dropped, the source before 'said' replaced, or ', officials said' added;"
      + " negation: 'not' after an auxiliary, or an existing 'not' removed; label: government/authorities/police/"
      + "troops/soldiers/army/military/protesters/demonstrators swapped; added: another story's sentence inserted;"
      + " dropped: the sentence or a comma-bounded clause removed; wording: a content word replaced by another"
      + " story's content word";

  // not inside a designation ("SS-18", "A-2", "10b-13"), which is a word, not a figure
  private static final Pattern NUMBER = Pattern.compile("(?<![\\w.,/-])\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?(?![\\w,/]|\\.\\d)"
      + "|(?<![\\w.,/-])\\d+(?:\\.\\d+)?(?![\\w,/]|\\.\\d)");
  private static final Pattern HEDGED = Pattern.compile(
      "(?<!just )\\b(about|nearly|around|roughly|some|almost|approximately|over|under|more than|less than|up to|at least)"
          + " (?=\\d)");
  private static final Pattern AUX = Pattern.compile(
      "\\b(is|was|were|are|will|would|could|can|should|has|have|had|did|does|may|might|must)\\b");
  private static final Pattern NOT = Pattern.compile(" not\\b");
  private static final Pattern TAG_AT_END = Pattern.compile(", ((?:the |a )?[\\w'-]+(?: [\\w'-]+){0,3} said)\\.$");
  /** A source before "said": a name, a pronoun, or a determiner and a noun. */
  private static final Pattern SOURCE_SAID = Pattern.compile(
      "(?<![\\w-])((?:[Tt]he |[Aa] )[a-z]+|[A-Z][\\w-]+|[Hh]e|[Ss]he|[Tt]hey|it) said\\b");
  private static final Pattern CLAUSE = Pattern.compile(", ([^,]+), ");
  private static final Pattern WORD = Pattern.compile("(?<![\\w'’-])[a-z]{4,}(?![\\w'’-])");
  private static final List<String[]> LABELS = List.of(new String[] {"government", "regime"},
      new String[] {"authorities", "regime"}, new String[] {"police", "troops"}, new String[] {"troops", "occupiers"},
      new String[] {"soldiers", "troops"}, new String[] {"army", "military"}, new String[] {"military", "army"},
      new String[] {"protesters", "rioters"}, new String[] {"demonstrators", "rioters"});
  private static final String[] APPROXIMATORS = {"about", "nearly", "roughly", "some", "more than", "up to"};
  private static final String[] SOURCES = {"officials", "analysts", "traders", "ministry", "sources", "spokesman"};
  /**
   * Words a wording edit never touches or puts in: they would make it another kind by definition (hedges,
   * negators, reporting verbs, actor labels, scales and units, number words) or glue it to a neighbour.
   */
  private static final Set<String> RESERVED = Set.of("about", "around", "nearly", "almost", "some", "roughly",
      "approximately", "over", "under", "more", "less", "fewer", "least", "most", "many", "few", "close", "just",
      "estimated", "reportedly", "allegedly", "apparently", "purportedly", "supposedly", "seemingly", "reported",
      "alleged", "unconfirmed", "possibly", "probably", "likely", "perhaps", "believed", "thought", "said", "says",
      "told", "tells", "stated", "states", "reports", "added", "adds", "announced", "claimed", "claims", "declared",
      "noted", "explained", "insisted", "warned", "confirmed", "denied", "commented", "wrote", "according", "citing",
      "quoting", "none", "nobody", "nothing", "nowhere", "neither", "never", "cannot", "government", "regime",
      "authorities", "authority", "police", "troops", "soldiers", "army", "military", "officer", "officers",
      "protesters", "demonstrators", "civilians", "residents", "citizens", "thousand", "million", "billion",
      "hundred", "dozen", "thousands", "hundreds", "dozens", "millions", "percent", "points", "dollars", "tonnes",
      "marks", "francs", "shares", "barrels", "years", "months", "days", "hours", "miles", "acres", "bushels",
      "kilos", "dlrs", "mln", "bln", "pct", "stg", "tons", "yen", "pounds", "euros", "zero", "that", "this", "with", "from", "have", "were", "will", "would", "could", "should", "their", "they",
      "which", "three", "four", "five", "seven", "eight", "nine", "twelve", "twenty", "thirty", "forty", "fifty",
      "sixty", "seventy", "eighty", "ninety", "eleven", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
      "eighteen", "nineteen", "crowd", "activist", "activists", "criminals", "militants", "rebels", "insurgents");

  /** Sentences added or dropped have at least this many words. */
  static final int MIN_SENTENCE_WORDS = 5;
  private static final ActorLabels ACTORS = ActorLabels.bundled();

  private EditInjector() {}

  /** An edit of {@code kind} in {@code sentence}, or null; {@code other} is a sentence of another story. */
  static Injection inject(EditKind kind, String sentence, String other, Random r) {
    return switch (kind) {
      case FIGURE -> figure(sentence, r);
      case HEDGE -> hedge(sentence, r);
      case ATTRIBUTION -> attribution(sentence, r);
      case NEGATION -> negation(sentence, r);
      case LABEL -> label(sentence);
      case ADDED -> other.split(" ").length < MIN_SENTENCE_WORDS ? null : new Injection(kind, sentence + " " + other, sentence.length(), sentence.length(),
          sentence.length() + 1, sentence.length() + 1 + other.length());
      case DROPPED -> dropped(sentence, r);
      case WORDING -> wording(sentence, other, r);
    };
  }

  private static Injection figure(String s, Random r) {
    List<int[]> numbers = new ArrayList<>();
    Matcher m = NUMBER.matcher(s);
    while (m.find()) {
      String n = m.group();
      if (!n.matches("(19|20)\\d\\d")) {
        numbers.add(new int[] {m.start(), m.end()});
      }
    }
    if (numbers.isEmpty()) {
      return null;
    }
    int[] at = numbers.get(r.nextInt(numbers.size()));
    String old = s.substring(at[0], at[1]);
    double value = Double.parseDouble(old.replace(",", ""));
    double factor = r.nextBoolean() ? 0.5 + 0.4 * r.nextDouble() : 1.1 + 0.9 * r.nextDouble();
    String fresh = format(value * factor, old);
    if (fresh.equals(old)) {
      fresh = format(value + 1, old);
    }
    return replace(EditKind.FIGURE, s, at[0], at[1], fresh);
  }

  /** {@code value} written as {@code like} is: thousands separators and decimals kept. */
  static String format(double value, String like) {
    int decimals = like.contains(".") ? like.length() - like.indexOf('.') - 1 : 0;
    String pattern = (like.contains(",") ? "%,." : "%.") + decimals + "f";
    return String.format(Locale.ROOT, pattern, value);
  }

  private static Injection hedge(String s, Random r) {
    List<Injection> options = new ArrayList<>();
    Matcher h = HEDGED.matcher(s);
    if (h.find()) {
      options.add(new Injection(EditKind.HEDGE, s.substring(0, h.start()) + s.substring(h.end()), h.start(),
          h.end() - 1, h.start(), h.start()));
    }
    Matcher m = NUMBER.matcher(s);
    while (m.find()) {
      boolean hedged = HEDGED.matcher(s.substring(Math.max(0, m.start() - 16), m.start() + 1)).find();
      if (!m.group().matches("(19|20)\\d\\d") && !hedged && !(m.start() > 0 && s.charAt(m.start() - 1) == '$')) {
        String word = APPROXIMATORS[r.nextInt(APPROXIMATORS.length)];
        options.add(new Injection(EditKind.HEDGE, s.substring(0, m.start()) + word + " " + s.substring(m.start()),
            m.start(), m.start(), m.start(), m.start() + word.length()));
        break;
      }
    }
    Matcher a = AUX.matcher(s);
    if (a.find() && !s.startsWith(" not", a.end())) {
      options.add(insertAfter(EditKind.HEDGE, s, a.end(), "reportedly"));
    }
    return options.isEmpty() ? null : options.get(r.nextInt(options.size()));
  }

  private static Injection attribution(String s, Random r) {
    List<Injection> options = new ArrayList<>();
    Matcher t = TAG_AT_END.matcher(s);
    if (t.find()) {
      options.add(new Injection(EditKind.ATTRIBUTION, s.substring(0, t.start()) + ".", t.start(1), t.end(1),
          t.start(), t.start()));
    }
    Matcher m = SOURCE_SAID.matcher(s);
    if (m.find()) {
      String source = SOURCES[r.nextInt(SOURCES.length)];
      if (!source.equalsIgnoreCase(m.group(1))) {
        options.add(replace(EditKind.ATTRIBUTION, s, m.start(1), m.end(1), source));
      }
    } else if (s.endsWith(".") && !s.contains(" said") && !s.contains("according to")) {
      int end = s.length() - 1;
      options.add(new Injection(EditKind.ATTRIBUTION, s.substring(0, end) + ", officials said.", end, end,
          end + 2, end + 2 + "officials said".length()));
    }
    return options.isEmpty() ? null : options.get(r.nextInt(options.size()));
  }

  private static Injection negation(String s, Random r) {
    List<Injection> options = new ArrayList<>();
    Matcher n = NOT.matcher(s);
    if (n.find()) {
      options.add(new Injection(EditKind.NEGATION, s.substring(0, n.start()) + s.substring(n.end()), n.start() + 1,
          n.end(), n.start(), n.start()));
    }
    Matcher a = AUX.matcher(s);
    if (a.find() && !s.startsWith(" not", a.end()) && !s.startsWith(" no ", a.end())) {
      options.add(insertAfter(EditKind.NEGATION, s, a.end(), "not"));
    }
    return options.isEmpty() ? null : options.get(r.nextInt(options.size()));
  }

  private static Injection label(String s) {
    for (String[] l : LABELS) {
      Matcher m = Pattern.compile("(?<![\\w-])(?i:" + l[0].charAt(0) + ")" + l[0].substring(1) + "(?![\\w-])")
          .matcher(s);
      if (m.find()) {
        String fresh = Character.isUpperCase(s.charAt(m.start())) ? Character.toUpperCase(l[1].charAt(0))
            + l[1].substring(1) : l[1];
        return replace(EditKind.LABEL, s, m.start(), m.end(), fresh);
      }
    }
    return null;
  }

  private static Injection dropped(String s, Random r) {
    Matcher c = CLAUSE.matcher(s);
    if (r.nextBoolean() && c.find()) {
      String clause = c.group(1);
      int words = clause.split(" ").length;
      if (words >= 3 && words <= 15 && !clause.matches(".*\\b(said|says|told|according)\\b.*")) {
        return new Injection(EditKind.DROPPED, s.substring(0, c.start()) + ", " + s.substring(c.end()),
            c.start(1), c.end(1), c.start() + 2, c.start() + 2);
      }
    }
    // a sentence of fewer words is a splitter's fragment ("Markets." after "U.S."), not a sentence
    return s.split(" ").length < MIN_SENTENCE_WORDS ? null : new Injection(EditKind.DROPPED, "", 0, s.length(), 0, 0);
  }

  private static Injection wording(String s, String other, Random r) {
    List<int[]> words = contentWords(s);
    List<int[]> fresh = contentWords(other);
    if (words.isEmpty() || fresh.isEmpty()) {
      return null;
    }
    int[] at = words.get(r.nextInt(words.size()));
    int[] with = fresh.get(r.nextInt(fresh.size()));
    String word = other.substring(with[0], with[1]);
    if (word.equals(s.substring(at[0], at[1]))) {
      return null;
    }
    return replace(EditKind.WORDING, s, at[0], at[1], word);
  }

  /** Lower-case words of 4+ letters, not reserved, not next to a number, and away from reporting verbs. */
  private static List<int[]> contentWords(String s) {
    List<int[]> out = new ArrayList<>();
    Matcher m = WORD.matcher(s);
    while (m.find()) {
      String before = s.substring(Math.max(0, m.start() - 40), m.start());
      String after = s.substring(m.end(), Math.min(s.length(), m.end() + 40));
      boolean nearCue = before.matches("(?s).*\\b(said|says|told|according to|reported|stated)\\b(\\W+\\w+){0,3}\\W*")
          || after.matches("(?s)\\W*(\\w+\\W+){0,3}(said|says|told|reported|stated)\\b.*");
      boolean nearNumber = before.matches("(?s).*\\d\\W?") || after.matches("(?s)\\W?\\d.*");
      if (!RESERVED.contains(m.group()) && ACTORS.groupOfWritten(m.group()) == null && !nearCue && !nearNumber && !m.group().endsWith("n't")) {
        out.add(new int[] {m.start(), m.end()});
      }
    }
    return out;
  }

  private static Injection replace(EditKind kind, String s, int start, int end, String with) {
    return new Injection(kind, s.substring(0, start) + with + s.substring(end), start, end, start,
        start + with.length());
  }

  private static Injection insertAfter(EditKind kind, String s, int at, String word) {
    return new Injection(kind, s.substring(0, at) + " " + word + s.substring(at), at, at, at + 1,
        at + 1 + word.length());
  }
}
