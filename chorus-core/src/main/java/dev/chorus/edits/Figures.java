package dev.chorus.edits;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The figures of a token list: an optional currency sign, a number (digits, a number word, a scale word alone or a
 * vague quantity such as "hundreds"), scale words after it and an optional unit ("$5 mln", "3 thousand",
 * "5.9 pct", "2,500 tonnes"). Two figures are the same when their values and units are, however written.
 */
final class Figures {
  /** Figure tokens {@code [from, to)}, its value with scales applied, and its unit (null when none is written). */
  record Figure(int from, int to, double value, String unit) {
    boolean sameAs(Figure o) {
      double scale = Math.max(Math.abs(value), Math.abs(o.value));
      return Math.abs(value - o.value) <= 1e-9 * Math.max(1, scale) && Objects.equals(unit, o.unit);
    }
  }

  private final List<Figure> figures;
  private final int[] figureAt;

  private Figures(List<Figure> figures, int size) {
    this.figures = List.copyOf(figures);
    this.figureAt = new int[size];
    Arrays.fill(figureAt, -1);
    for (int f = 0; f < figures.size(); f++) {
      for (int i = figures.get(f).from(); i < figures.get(f).to(); i++) {
        figureAt[i] = f;
      }
    }
  }

  static Figures of(List<Token> tokens, Lexicon lexicon) {
    List<Figure> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Figure f = at(tokens, i, lexicon);
      if (f == null) {
        i++;
      } else {
        out.add(f);
        i = f.to();
      }
    }
    return new Figures(out, tokens.size());
  }

  /** The index of the figure token {@code i} belongs to, or -1. */
  int figureAt(int i) {
    return i >= 0 && i < figureAt.length ? figureAt[i] : -1;
  }

  Figure get(int index) {
    return figures.get(index);
  }

  /** Does a figure start at token {@code i}? */
  boolean startsAt(int i) {
    int f = figureAt(i);
    return f >= 0 && figures.get(f).from() == i;
  }

  private static Figure at(List<Token> tokens, int start, Lexicon lexicon) {
    int i = start;
    String unit = null;
    Lexicon.UnitWord first = lexicon.units.get(tokens.get(i).form());
    if (first != null && first.role().equals("currency")) {
      unit = first.value();
      i++;
    }
    if (i >= tokens.size()) {
      return null;
    }
    Token t = tokens.get(i);
    Lexicon.UnitWord w = lexicon.units.get(t.form());
    double value;
    if (t.type() == Token.Type.NUMBER) {
      Double v = parse(t.form());
      if (v == null) {
        return null;
      }
      value = v;
    } else if (w != null && (w.role().equals("number") || w.role().equals("vague"))) {
      value = Double.parseDouble(w.value());
    } else if (w != null && w.role().equals("scale") && t.form().length() > 1) {
      value = 1; // "a million", "thousands" is vague: a bare scale word is one of it
    } else {
      return null;
    }
    i++;
    while (i < tokens.size()) {
      Lexicon.UnitWord s = lexicon.units.get(tokens.get(i).form());
      if (s == null || !s.role().equals("scale")) {
        break;
      }
      value *= Double.parseDouble(s.value());
      i++;
    }
    if (unit == null && i < tokens.size()) {
      for (Lexicon.Phrase p : lexicon.multiWordUnits) {
        if (Lexicon.matches(p, tokens, i)) {
          unit = p.kind().substring(p.kind().indexOf('\t') + 1);
          i += p.words().size();
          break;
        }
      }
      Lexicon.UnitWord u = unit == null ? lexicon.units.get(tokens.get(i).form()) : null;
      if (u != null && u.role().equals("unit")) {
        unit = u.value();
        i++;
      }
    }
    return new Figure(start, i, value, unit);
  }

  /**
   * A number as written: "3,000" and "155,221" (comma groups of three are thousands), "5.93", "1,5" (a lone comma
   * before other than three digits is a decimal comma). Null when it does not parse.
   */
  static Double parse(String number) {
    String s = number;
    if (s.indexOf(',') >= 0) {
      boolean thousands = s.matches("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
      s = thousands ? s.replace(",", "") : s.replace(".", "").replace(',', '.');
    }
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
