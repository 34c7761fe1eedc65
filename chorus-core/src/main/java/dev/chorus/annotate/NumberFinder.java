package dev.chorus.annotate;

import dev.chorus.annotate.NlpDocument.NlpMention;
import dev.chorus.annotate.NlpDocument.Token;
import dev.chorus.model.NumberMention;
import dev.chorus.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers with their hedge and what they count. CoreNLP normalises "about 3,000" to {@code ~3000.0} and "at least 3
 * thousand" to {@code >=3000.0} but attaches no noun; the counted noun phrase is read here from the tags after the
 * number ("3,000 peacekeepers", "18 law enforcement officers", "two of young soldiers"). A number glued to a word
 * by a hyphen ("one-sided") is part of that word, and a number inside a date ("January 4-5") belongs to the date.
 */
public final class NumberFinder {
  /** Hedges, longest first, as they are written before a number. */
  private static final Pattern QUALIFIER = Pattern.compile(
      "(?i)\\b(at least|at most|more than|less than|fewer than|up to|no more than|about|around|approximately|"
          + "roughly|some|nearly|almost|over|under|only|just over|just under|as many as)\\s*$");
  private static final Pattern NORMALIZED = Pattern.compile("^(~|>=|<=|>|<)?\\$?(-?[0-9.E]+)");
  /** Words for vague quantities and the least each one means. */
  private static final java.util.Map<String, Double> VAGUE = java.util.Map.of(
      "dozens", 24.0, "scores", 40.0, "hundreds", 200.0, "thousands", 2_000.0, "millions", 2_000_000.0);
  /** Longest counted noun phrase, in tokens ("law enforcement officers"). */
  private static final int MAX_NOUN_TOKENS = 5;

  private NumberFinder() {}

  public static List<NumberMention> find(String articleId, NlpDocument doc, String text, List<RawTime> times) {
    List<NumberMention> out = new ArrayList<>();
    for (NlpMention m : doc.mentions()) {
      String type = m.type();
      if (!"NUMBER".equals(type) && !"MONEY".equals(type) && !"PERCENT".equals(type)) {
        continue;
      }
      if (overlapsTime(m, times) || m.normalized() == null) {
        continue;
      }
      if (m.end() + 1 < text.length() && text.charAt(m.end()) == '-' && Character.isLetter(text.charAt(m.end() + 1))) {
        continue; // "one-sided", "six-month"
      }
      Matcher n = NORMALIZED.matcher(m.normalized());
      if (!n.find()) {
        continue;
      }
      double value;
      try {
        value = Double.parseDouble(n.group(2));
      } catch (NumberFormatException e) {
        continue;
      }
      int start = m.start();
      String qualifier = null;
      String before = text.substring(Math.max(0, start - 24), start);
      Matcher q = QUALIFIER.matcher(before);
      if (q.find()) {
        qualifier = q.group(1).toLowerCase(Locale.ROOT);
        start = start - (before.length() - q.start(1));
      } else if (n.group(1) != null) {
        qualifier = switch (n.group(1)) {
          case "~" -> "about";
          case ">" -> "more than";
          case ">=" -> "at least";
          case "<" -> "less than";
          default -> "up to";
        };
      }
      int[] noun = countedNoun(doc, m.endToken());
      String counted = noun == null ? null : text.substring(noun[0], noun[1]);
      String surface = text.substring(m.start(), m.end());
      if (counted == null && isWordOne(surface)) {
        continue; // "the one in favour of", "one of": a pronoun, not a count
      }
      String unit = "PERCENT".equals(type) ? "percent" : "MONEY".equals(type) ? currency(m.normalized()) : null;
      int end = noun == null ? m.end() : noun[1];
      out.add(new NumberMention(new Span(articleId, start, end), surface, value, qualifier, counted, unit));
    }
    addVagueQuantities(articleId, doc, text, out);
    out.sort((x, y) -> Integer.compare(x.span().start(), y.span().start()));
    return out;
  }

  /**
   * "dozens of people", "thousands of protesters": CoreNLP tags no number; the value is the least the word means
   * (two dozen, two hundred, …) with the qualifier "at least". Hyphenated uses ("thousands-strong") are adjectives.
   */
  private static void addVagueQuantities(String articleId, NlpDocument doc, String text, List<NumberMention> out) {
    List<Token> ts = doc.tokens();
    for (int i = 0; i < ts.size(); i++) {
      Token t = ts.get(i);
      Double least = VAGUE.get(t.word().toLowerCase(Locale.ROOT));
      if (least == null || (t.end() < text.length() && text.charAt(t.end()) == '-')) {
        continue;
      }
      if (i + 1 >= ts.size() || !ts.get(i + 1).word().equalsIgnoreCase("of")) {
        continue;
      }
      int[] noun = countedNoun(doc, i + 1);
      if (noun == null) {
        continue;
      }
      out.add(new NumberMention(new Span(articleId, t.start(), noun[1]), t.word(), least, "at least",
          text.substring(noun[0], noun[1]), null));
    }
  }

  private static boolean overlapsTime(NlpMention m, List<RawTime> times) {
    for (RawTime t : times) {
      if (m.start() < t.end() && t.start() < m.end()) {
        return true;
      }
    }
    return false;
  }

  /** Character span of the noun phrase right after the number: adjectives and nouns, "of (the)" allowed first. */
  static int[] countedNoun(NlpDocument doc, int from) {
    List<Token> ts = doc.tokens();
    int i = from;
    if (i < ts.size() && ts.get(i).word().equalsIgnoreCase("of")) {
      i++;
      if (i < ts.size() && ts.get(i).pos().equals("DT")) {
        i++;
      }
    }
    int first = i;
    int lastNoun = -1;
    while (i < ts.size() && i - first < MAX_NOUN_TOKENS) {
      String pos = ts.get(i).pos();
      if (!Character.isLetter(ts.get(i).word().charAt(0))) {
        break;
      }
      if (pos.equals("NN") || pos.equals("NNS")) {
        lastNoun = i;
      } else if (!pos.equals("JJ") && !pos.equals("VBN") && !pos.equals("HYPH")) {
        break;
      }
      i++;
    }
    if (lastNoun < 0) {
      return null;
    }
    return new int[] {ts.get(first).start(), ts.get(lastNoun).end()};
  }

  private static boolean isWordOne(String s) {
    return s.equalsIgnoreCase("one");
  }

  private static String currency(String normalized) {
    return normalized.contains("$") ? "$" : normalized.contains("€") ? "€" : normalized.contains("£") ? "£" : null;
  }
}
