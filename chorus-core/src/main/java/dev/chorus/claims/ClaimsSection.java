package dev.chorus.claims;

import dev.chorus.export.SqlSection;

/**
 * The {@code claims} array: {@code {"id","article","start","end","text","value","low","high","qualifier","counted",
 * "predicate","speaker","key"}}, plus {@code "concept"}, {@code "subject"}, {@code "time"} and {@code "kind"}.
 * {@code high} is null when unbounded ("more than 700"). Each field has one type: {@code value}, {@code low} and
 * {@code high} are numbers, null for a date claim ({@code "kind":"date"}); {@code date} is a date claim's ISO date or
 * range, {@code date_low} and {@code date_high} its first and last day (ISO), all three null for a number claim.
 */
public final class ClaimsSection extends SqlSection {
  public ClaimsSection() {
    super("claims", "SELECT claim_id, article_id, start, \"end\", text, value, low, high, qualifier, counted,"
        + " predicate, speaker, key, kind, date_value, concept, subject, time_ref FROM claims ORDER BY article_id, start");
    string("id", "claim_id").span().string("text").string("kind")
        .number("value", "value").number("low", "low").number("high", "high")
        .string("date", "date_value")
        .field("date_low", row -> day(row.getString("date_value"), true))
        .field("date_high", row -> day(row.getString("date_value"), false))
        .string("qualifier").string("counted").string("concept").string("predicate").string("subject")
        .string("speaker").string("time", "time_ref").string("key");
  }

  /** The first or last day of an ISO date or range ({@code first/last}), or null. */
  private static String day(String date, boolean first) {
    if (date == null) {
      return null;
    }
    int slash = date.indexOf('/');
    return slash < 0 ? date : first ? date.substring(0, slash) : date.substring(slash + 1);
  }
}
