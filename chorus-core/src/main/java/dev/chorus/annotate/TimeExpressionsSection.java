package dev.chorus.annotate;

import dev.chorus.export.SqlSection;
import java.util.Locale;

/**
 * The {@code time_expressions} array: {@code {"article","start","end","text","value","precision",
 * "reference":"published|inferred","type","timex","direction"}}; {@code value} is ISO (a range is
 * {@code start/end}) or null when unresolved; {@code type} and {@code timex} are the TimeML TIMEX3 type (DATE,
 * TIME, DURATION, SET) and value ({@code 2013-03-22T20:00}, {@code P3D}, {@code XXXX-WXX-1}, {@code PRESENT_REF});
 * {@code direction} ({@code past|future|none}) the tense that placed a year-less or weekday-only expression. Rows
 * of older workspaces have {@code type} DATE, {@code timex} their value and {@code direction} none.
 */
public final class TimeExpressionsSection extends SqlSection {
  public TimeExpressionsSection() {
    super("time_expressions", "SELECT article_id, start, \"end\", text, value, precision, reference,"
        + " coalesce(timex_type, 'DATE') AS type, CASE WHEN timex_type IS NULL THEN value ELSE timex_value END AS timex,"
        + " coalesce(direction, 'NONE') AS direction FROM time_expressions ORDER BY article_id, start");
    span().string("text").string("value")
        .field("precision", row -> row.getString("precision").toLowerCase(Locale.ROOT))
        .string("reference").string("type").string("timex")
        .field("direction", row -> row.getString("direction").toLowerCase(Locale.ROOT));
  }
}
