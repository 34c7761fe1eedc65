package dev.chorus.annotate;

import dev.chorus.export.SqlSection;
import java.util.Locale;

/**
 * The {@code time_expressions} array: {@code {"article","start","end","text","value","precision",
 * "reference":"published|inferred"}}; {@code value} is ISO (a range is {@code start/end}) or null when unresolved.
 */
public final class TimeExpressionsSection extends SqlSection {
  public TimeExpressionsSection() {
    super("time_expressions", "SELECT article_id, start, \"end\", text, value, precision, reference"
        + " FROM time_expressions ORDER BY article_id, start");
    span().string("text").string("value")
        .field("precision", row -> row.getString("precision").toLowerCase(Locale.ROOT))
        .string("reference");
  }
}
