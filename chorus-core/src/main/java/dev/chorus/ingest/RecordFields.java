package dev.chorus.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chorus.text.WordList;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication date and outlet of a JSON record, read from whichever of the usual field names it carries
 * ({@code record-fields.tsv}). Dates come as given: ISO 8601, RFC 822/1123 ({@code Thu, 26 Feb 1987 15:01:01 GMT}),
 * {@code 26-FEB-1987 15:01:01.79}, or epoch seconds or milliseconds; they are stored as ISO 8601 so every later
 * stage reads one form.
 */
public final class RecordFields {
  /** A value and the field it came from. */
  record Found(String value, String field) {}

  private static final List<String> DATE_FIELDS = new ArrayList<>();
  private static final List<String> OUTLET_FIELDS = new ArrayList<>();
  /** Epoch seconds (9–10 digits: 1973–2286) or milliseconds (12–13 digits); shorter numbers are not timestamps. */
  private static final Pattern EPOCH = Pattern.compile("\\d{9,10}|\\d{12,13}");
  /**
   * Day, month abbreviation and year, then anything ({@code 26-FEB-1987 15:01:01.79}): the SGML form of
   * Reuters-21578 and Oracle's default date format. Only the day is kept, since the time is sometimes garbled
   * ({@code 31-MAR-1987 605:12:19.12} in Reuters-21578 record 17192).
   */
  private static final Pattern DAY_MON_YEAR = Pattern.compile("(\\d{1,2})-([A-Za-z]{3})-(\\d{4})\\b.*");
  private static final DateTimeFormatter DAY_MON_YEAR_FORMAT =
      new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d-MMM-uuuu").toFormatter(Locale.ENGLISH)
          .withResolverStyle(ResolverStyle.STRICT);

  static {
    for (String line : WordList.lines(RecordFields.class, "record-fields.tsv")) {
      String[] cols = line.split("\t");
      (cols[0].equals("date") ? DATE_FIELDS : OUTLET_FIELDS).add(cols[1].strip());
    }
  }

  private RecordFields() {}

  /** The date field names, most specific first; manifests use them as column names too. */
  static List<String> dateFields() {
    return List.copyOf(DATE_FIELDS);
  }

  /** The outlet field names, most specific first. */
  static List<String> outletFields() {
    return List.copyOf(OUTLET_FIELDS);
  }

  /** The first date field whose value reads as a date, as ISO 8601; null when none does. */
  static Found published(JsonNode node) {
    for (String name : DATE_FIELDS) {
      String iso = isoDate(text(node, name));
      if (iso != null) {
        return new Found(iso, name);
      }
    }
    return null;
  }

  /** The first outlet field given, else the host of the record's URL (without {@code www.}); null when neither. */
  static String outlet(JsonNode node, String url) {
    for (String name : OUTLET_FIELDS) {
      String v = text(node, name);
      if (v != null) {
        return v;
      }
    }
    return host(url);
  }

  static String isoDate(String value) {
    if (value == null) {
      return null;
    }
    String v = value.strip();
    if (EPOCH.matcher(v).matches()) {
      long n = Long.parseLong(v);
      Instant t = v.length() >= 12 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
      return t.atOffset(ZoneOffset.UTC).toString();
    }
    if (IsoDates.day(v) != null) {
      return v;
    }
    Matcher dmy = DAY_MON_YEAR.matcher(v);
    if (dmy.matches()) {
      try {
        return LocalDate.parse(dmy.group(1) + "-" + dmy.group(2) + "-" + dmy.group(3), DAY_MON_YEAR_FORMAT).toString();
      } catch (DateTimeParseException notADay) {
        return null;
      }
    }
    try {
      return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime().toString();
    } catch (DateTimeParseException notRfc) {
      return null;
    }
  }

  /** The host of a URL without {@code www.}, or null. */
  public static String host(String url) {
    if (url == null) {
      return null;
    }
    try {
      String host = URI.create(url.strip()).getHost();
      if (host == null) {
        return null;
      }
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (IllegalArgumentException notUri) {
      return null;
    }
  }

  private static String text(JsonNode node, String name) {
    JsonNode v = node.get(name);
    if (v == null || v.isNull() || !v.isValueNode()) {
      return null;
    }
    String s = v.asText();
    return s.isBlank() ? null : s;
  }
}
