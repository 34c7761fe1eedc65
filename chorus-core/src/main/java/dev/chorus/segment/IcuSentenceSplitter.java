package dev.chorus.segment;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import dev.chorus.model.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentence splitting with ICU's rule-based break iterator, per line, with ICU's abbreviation suppressions
 * ({@code ss=standard}: "Mr.", "U.S." do not end sentences). Each non-empty line is a paragraph.
 * ICU break iterators are not thread-safe, so each call clones a prototype.
 */
public final class IcuSentenceSplitter implements SentenceSplitter {
  private final BreakIterator english = BreakIterator.getSentenceInstance(new ULocale("en@ss=standard"));

  @Override
  public List<Sentence> split(String text, String language) {
    BreakIterator it = prototype(language);
    List<Sentence> out = new ArrayList<>();
    int paragraph = 0;
    int pos = 0;
    int n = text.length();
    while (pos < n) {
      int nl = text.indexOf('\n', pos);
      int lineEnd = nl < 0 ? n : nl;
      if (lineEnd > pos && !text.substring(pos, lineEnd).isBlank()) {
        it.setText(text.substring(pos, lineEnd));
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
          int s = pos + start;
          int e = pos + end;
          while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
          }
          while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
          }
          if (e > s) {
            out.add(new Sentence(out.size(), s, e, paragraph));
          }
        }
        paragraph++;
      }
      pos = lineEnd + 1;
    }
    return out;
  }

  private BreakIterator prototype(String language) {
    if (language == null || language.equals("en")) {
      return (BreakIterator) english.clone();
    }
    return BreakIterator.getSentenceInstance(new ULocale(language + "@ss=standard"));
  }
}
