package dev.chorus.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Text wrapped at a fixed width, as wire services and e-mail send it: a line break every 60–70 characters inside a
 * paragraph, paragraphs told by a blank line or an indent. Read line by line, every wrap cuts a sentence and every
 * short last line of a paragraph looks like a lone fragment; so the lines of one paragraph are joined first.
 *
 * <p>A text is taken as wrapped when most of its lines that run on into another line have about the same width
 * and do not end a sentence; a text of short paragraphs or a list keeps its lines.
 */
final class HardWraps {
  /** Lines that run on into the next: at least this many, for the widths to say anything. */
  static final int MIN_RUN_ON_LINES = 4;
  /** Width band of a wrapped line. Wire services wrap at 60–72 columns (Reuters-21578: 50–76); e-mail at 72–78. */
  static final int MIN_WIDTH = 40;
  static final int MAX_WIDTH = 90;
  /** Share of run-on lines inside the band, and of those that do not end with a sentence's end. */
  static final double IN_BAND_SHARE = 0.8;
  static final double OPEN_END_SHARE = 0.5;

  private HardWraps() {}

  /**
   * The content lines ({@code [start, end)} into {@code text}, in order) grouped by paragraph: the lines of each
   * wrapped paragraph in one group when the text is wrapped, else one line a group.
   */
  static List<List<int[]>> paragraphs(String text, List<int[]> lines) {
    boolean wrapped = wrapped(text, lines);
    List<List<int[]>> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (wrapped && i > 0 && runsOn(text, lines, i - 1)) {
        out.get(out.size() - 1).add(lines.get(i));
      } else {
        out.add(new ArrayList<>(List.of(lines.get(i))));
      }
    }
    return out;
  }

  static boolean wrapped(String text, List<int[]> lines) {
    int runOn = 0;
    int inBand = 0;
    int openEnd = 0;
    for (int i = 0; i + 1 < lines.size(); i++) {
      if (!runsOn(text, lines, i)) {
        continue;
      }
      runOn++;
      int width = lines.get(i)[1] - lines.get(i)[0];
      if (width >= MIN_WIDTH && width <= MAX_WIDTH) {
        inBand++;
      }
      if (!endsSentence(text.charAt(lines.get(i)[1] - 1))) {
        openEnd++;
      }
    }
    return runOn >= MIN_RUN_ON_LINES && inBand >= IN_BAND_SHARE * runOn && openEnd >= OPEN_END_SHARE * runOn;
  }

  /** Whether line {@code i} goes on in line {@code i + 1}: one line break between them, the next not indented. */
  private static boolean runsOn(String text, List<int[]> lines, int i) {
    if (i + 1 >= lines.size()) {
      return false;
    }
    int breaks = 0;
    int indent = 0;
    for (int k = lines.get(i)[1]; k < lines.get(i + 1)[0]; k++) {
      char c = text.charAt(k);
      if (c == '\n') {
        breaks++;
        indent = 0;
      } else if (c == ' ' || c == '\t') {
        indent += c == '\t' ? 4 : 1;
      }
    }
    return breaks == 1 && indent < 2;
  }

  private static boolean endsSentence(char c) {
    return ".!?:;\"”»)".indexOf(c) >= 0;
  }
}
