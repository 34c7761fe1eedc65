package dev.chorus.annotate;

/**
 * A time expression before it is placed on the calendar: its span, its text and a value in the small vocabulary
 * {@link TimeResolver} understands. Kept in the workspace, so the expression can be resolved again once a
 * reference date is known.
 *
 * @param raw one of: an ISO date, month, year or week ({@code 2022-01-06}, {@code 2022-01}, {@code 2022},
 *     {@code 2022-W01}); a year-less date or month ({@code XXXX-01-02}, {@code XXXX-01}); a weekday
 *     ({@code XXXX-WXX-3}); relative to the reference date ({@code REF}, {@code REF-DAY-1}, {@code REF-WEEK-1},
 *     {@code REF-YEAR}, …); relative to the previous date in the narrative ({@code NARRATIVE+1}); a range of two
 *     of these joined by {@code /}; or anything else, which stays unresolved
 */
public record RawTime(int start, int end, String text, String raw) {}
