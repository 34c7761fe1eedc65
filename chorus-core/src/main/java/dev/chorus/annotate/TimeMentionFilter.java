package dev.chorus.annotate;

import dev.chorus.annotate.NlpDocument.NlpMention;
import dev.chorus.annotate.NlpDocument.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Which of the backend's time mentions are time expressions in TimeML's sense, and where one expression was split
 * in two. Measured on TempEval-3's training documents ({@code bench/run TempEvalBenchmark --errors}, the spurious
 * lines):
 * <ul>
 *   <li>"Sunday night" comes as two mentions carrying one TIMEX3 value: they are one expression;</li>
 *   <li>an age ("a 6-year-old", "52 years old") describes a person, not a period of the story;</li>
 *   <li>a one-word vague reference that is an adjective ("future talks", "current position") or a past adverb
 *       ("once", "previously", "recently") qualifies something else; the present ones ("now", "currently")
 *       mark the time of the report and stay;</li>
 *   <li>a one-word recurrence that is an adjective ("quarterly dividend", "annual meeting") is not a set.</li>
 * </ul>
 */
final class TimeMentionFilter {
  private static final Pattern AGE = Pattern.compile("(?i).*\\byears?[- ]old\\b.*");

  private TimeMentionFilter() {}

  static List<NlpMention> expressions(NlpDocument doc, String text) {
    List<NlpMention> out = new ArrayList<>();
    for (NlpMention m : doc.mentions()) {
      if (m.timexType() == null) {
        out.add(m);
        continue;
      }
      NlpMention last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && last.timexType() != null && Objects.equals(last.timexValue(), m.timexValue())
          && last.end() <= m.start() && text.substring(last.end(), m.start()).isBlank()) {
        out.set(out.size() - 1, new NlpMention(last.start(), m.end(), last.firstToken(), m.endToken(), m.type(),
            m.normalized(), m.timexType(), m.timexValue()));
        continue;
      }
      if (!dropped(doc, m, text)) {
        out.add(m);
      }
    }
    return out;
  }

  private static boolean dropped(NlpDocument doc, NlpMention m, String text) {
    String surface = text.substring(m.start(), m.end());
    if (m.timexType().equals("DURATION") && AGE.matcher(surface).matches()) {
      return true;
    }
    if (m.endToken() - m.firstToken() != 1 || m.firstToken() >= doc.tokens().size()) {
      return false;
    }
    Token t = doc.tokens().get(m.firstToken());
    String value = String.valueOf(m.timexValue());
    if (value.endsWith("_REF")) {
      return t.pos().startsWith("JJ") || t.pos().startsWith("RB") && !value.equals("PRESENT_REF");
    }
    return m.timexType().equals("SET") && t.pos().startsWith("JJ");
  }
}
