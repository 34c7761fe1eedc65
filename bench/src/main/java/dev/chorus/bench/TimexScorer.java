package dev.chorus.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The TempEval-3 task A measures for time expressions (UzZaman et al. 2013, and the TE3 evaluation toolkit):
 * <ul>
 *   <li>strict span F1: a system expression matches a gold one with exactly the same extent;</li>
 *   <li>relaxed span F1: they overlap ("Sunday" for gold "Sunday morning");</li>
 *   <li>value F1: among the relaxed matches, those with the gold TIMEX3 value, counted against all system
 *       expressions for precision and all gold ones for recall (so value F1 = relaxed F1 × value accuracy).</li>
 * </ul>
 * The toolkit matches tokens of its own tokenizer; here extents are characters of the same text, which gives the
 * same matches whenever both sides end on word boundaries. Pairs are matched one to one, a strict partner first.
 * Per-type figures restrict the gold to that type and the system to what it typed so.
 */
final class TimexScorer {
  /** One expression with its extent, TIMEX3 type (DATE, TIME, DURATION, SET) and value. */
  record Timex(int start, int end, String type, String value) {}

  /** Running counts; {@link #add} one document at a time. */
  static final class Counts {
    int system;
    int gold;
    int strict;
    int relaxed;
    int value;
    /** When not null, every relaxed match with a wrong value and every missed gold expression, as text lines. */
    List<String> errors;
    /** The document the next {@link #add} scores (its name and creation time), leading each error line. */
    String document = "";

    void add(List<Timex> gold, List<Timex> system, String text) {
      this.gold += gold.size();
      this.system += system.size();
      boolean[] used = new boolean[system.size()];
      for (Timex g : gold) {
        int pick = -1;
        for (int i = 0; i < system.size(); i++) {
          Timex s = system.get(i);
          if (used[i] || s.end() <= g.start() || s.start() >= g.end()) {
            continue;
          }
          if (s.start() == g.start() && s.end() == g.end()) {
            pick = i;
            break;
          }
          if (pick < 0) {
            pick = i;
          }
        }
        if (pick < 0) {
          if (errors != null) {
            errors.add(document + "missed\t" + g.type() + "\t" + g.value() + "\t" + around(text, g.start(), g.end()));
          }
          continue;
        }
        used[pick] = true;
        Timex s = system.get(pick);
        relaxed++;
        if (s.start() == g.start() && s.end() == g.end()) {
          strict++;
        }
        if (Objects.equals(s.value(), g.value())) {
          value++;
        } else if (errors != null) {
          errors.add(document + "value\t" + g.type() + "\t" + g.value() + "\t" + s.value() + "\t"
              + around(text, g.start(), g.end()) + "\t[" + text.substring(s.start(), s.end()) + "]");
        }
      }
      if (errors != null) {
        spurious(system, used, text);
      }
    }

    private void spurious(List<Timex> system, boolean[] used, String text) {
      for (int i = 0; i < system.size(); i++) {
        if (!used[i]) {
          Timex s = system.get(i);
          errors.add(document + "spurious\t" + s.type() + "\t" + s.value() + "\t" + around(text, s.start(), s.end()));
        }
      }
    }

    private static String around(String text, int start, int end) {
      return (text.substring(Math.max(0, start - 40), start) + "[" + text.substring(start, end) + "]"
          + text.substring(end, Math.min(text.length(), end + 25))).replace('\n', ' ');
    }

    double strictF1() {
      return f1(strict);
    }

    double relaxedF1() {
      return f1(relaxed);
    }

    double valueF1() {
      return f1(value);
    }

    double precision(int matched) {
      return system == 0 ? 0 : (double) matched / system;
    }

    double recall(int matched) {
      return gold == 0 ? 0 : (double) matched / gold;
    }

    private double f1(int matched) {
      double p = precision(matched);
      double r = recall(matched);
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    String row(String label) {
      return String.format(Locale.ROOT, "| %s | %d | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |", label, gold,
          system, strictF1(), relaxedF1(), precision(value), recall(value), valueF1(),
          relaxed == 0 ? 0.0 : (double) value / relaxed);
    }
  }

  /** Counts over all types and per type, for one system. */
  static final class Report {
    static final List<String> TYPES = List.of("DATE", "TIME", "DURATION", "SET");
    final Counts all = new Counts();
    final List<Counts> perType = new ArrayList<>();

    Report() {
      for (int i = 0; i < TYPES.size(); i++) {
        perType.add(new Counts());
      }
    }

    void add(List<Timex> gold, List<Timex> system, String text) {
      all.add(gold, system, text);
      for (int i = 0; i < TYPES.size(); i++) {
        String t = TYPES.get(i);
        perType.get(i).add(gold.stream().filter(x -> t.equals(x.type())).toList(),
            system.stream().filter(x -> t.equals(x.type())).toList(), text);
      }
    }
  }

  private TimexScorer() {}
}
