package dev.chorus.annotate;

import dev.chorus.annotate.NlpDocument.NlpMention;
import dev.chorus.annotate.NlpDocument.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which of the backend's time mentions are time expressions in TimeML's sense, and where one expression was split
 * in two. Measured on TempEval-3's training documents ({@code bench/run TempEvalBenchmark --errors}, the spurious
 * lines):
 * <ul>
 *   <li>"Sunday night" comes as two mentions carrying one TIMEX3 value, "Thanksgiving Day" as a date and a
 *       duration ("Day"): each is one expression;</li>
 *   <li>an age ("a 6-year-old", "52 years old", "6-month-old") describes a person, not a period of the story;</li>
 *   <li>a one-word vague reference or recurrence listed in {@link TimeWords} is kept or dropped as listed; one not
 *       listed that is an adjective ("future talks") or a past adverb ("formerly") qualifies something else; the
 *       present ones ("now") mark the time of the report and stay; an adjectival recurrence ("quarterly dividend")
 *       is not a set;</li>
 *   <li>a rate ("$1.76 a year", "358,000 a month", "24 hours a day", "$55 a night") is an amount per period, which TimeML leaves
 *       unmarked;</li>
 *   <li>a fraction ("three-quarters of its food", "more than a quarter of") is no period, nor is the ordinal
 *       "a second" before a noun ("a second group");</li>
 *   <li>a unit written in capitals ("the SEC") is an acronym, and a month abbreviation before a name ("Jan Kavan")
 *       is a first name.</li>
 * </ul>
 */
final class TimeMentionFilter {
  private static final Pattern AGE = Pattern.compile("(?i).*\\b(year|month|week|day)s?[- ]old\\b.*");
  private static final Set<String> TIME_TYPES = Set.of("DATE", "TIME", "DURATION", "SET");
  private static final Pattern RATE = Pattern.compile("(?i)(a|an|per) (year|month|week|day|night|hour)");
  private static final Pattern FRACTION = Pattern.compile("(?i).*\\bquarters?$");
  private static final Pattern ORDINAL_SECOND = Pattern.compile("(?i)an? second");
  private static final Pattern ACRONYM = Pattern.compile("(?:[Tt]he )?[A-Z]{2,}");
  private static final Pattern FIRST_NAME = Pattern.compile(
      "(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec) (?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)[A-Z][a-z]+");

  private TimeMentionFilter() {}

  static List<NlpMention> expressions(NlpDocument doc, String text) {
    List<NlpMention> out = new ArrayList<>();
    for (NlpMention m : doc.mentions()) {
      if (m.timexType() == null) {
        if (!TIME_TYPES.contains(String.valueOf(m.type())) || !dropped(doc, m, m.type(), text)) {
          out.add(m); // a time NER mention SUTime gave no TIMEX3: the same rules, on its NER type
        }
        continue;
      }
      NlpMention last = out.isEmpty() ? null : out.get(out.size() - 1);
      boolean adjacent = last != null && last.timexType() != null && last.end() <= m.start()
          && text.substring(last.end(), m.start()).isBlank();
      if (adjacent && Objects.equals(last.timexValue(), m.timexValue())) {
        out.set(out.size() - 1, joined(last, m, m));
        continue;
      }
      if (adjacent && last.timexType().equals("DATE") && text.substring(m.start(), m.end()).equals("Day")) {
        out.set(out.size() - 1, joined(last, m, last)); // "Thanksgiving Day": the holiday's date
        continue;
      }
      if (!dropped(doc, m, m.timexType(), text)) {
        out.add(m);
      }
    }
    return out;
  }

  /** One mention from {@code first} to {@code second}, with the type and value of {@code valueOf}. */
  private static NlpMention joined(NlpMention first, NlpMention second, NlpMention valueOf) {
    return new NlpMention(first.start(), second.end(), first.firstToken(), second.endToken(), valueOf.type(),
        valueOf.normalized(), valueOf.timexType(), valueOf.timexValue());
  }

  private static boolean dropped(NlpDocument doc, NlpMention m, String type, String text) {
    String surface = text.substring(m.start(), m.end());
    List<Token> tokens = doc.tokens();
    Token before = m.firstToken() > 0 && m.firstToken() <= tokens.size() ? tokens.get(m.firstToken() - 1) : null;
    Token after = m.endToken() < tokens.size() ? tokens.get(m.endToken()) : null;
    if (type.equals("DURATION") && AGE.matcher(surface).matches()) {
      return true;
    }
    if (RATE.matcher(surface).matches() && before != null && before.pos().equals("CD")) {
      return true;
    }
    if (type.equals("DURATION") && FRACTION.matcher(surface).matches() && text.startsWith(" of ", m.end())) {
      return true;
    }
    if (ORDINAL_SECOND.matcher(surface).matches() && after != null && after.pos().startsWith("NN")) {
      return true;
    }
    if (!type.equals("DATE") && ACRONYM.matcher(surface).matches() || FIRST_NAME.matcher(surface).matches()) {
      return true;
    }
    if (surface.equals("Day") && before != null && (before.pos().startsWith("NNP") || before.pos().equals("POS"))) {
      return true; // "Sandra Day O'Connor", "International Women's Day": a name
    }
    if (m.endToken() - m.firstToken() != 1 || m.firstToken() >= tokens.size()) {
      return false;
    }
    Token t = tokens.get(m.firstToken());
    Boolean listed = TimeWords.keep(t.word().toLowerCase(Locale.ROOT));
    if (listed != null) {
      return !listed;
    }
    String value = String.valueOf(m.timexValue());
    if (value.endsWith("_REF")) {
      return t.pos().startsWith("JJ") || t.pos().startsWith("RB") && !value.equals("PRESENT_REF");
    }
    return type.equals("SET") && t.pos().startsWith("JJ");
  }
}
