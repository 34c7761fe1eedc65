package dev.chorus.ingest;

import dev.chorus.model.Article;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Per-input metadata from a CSV file with a header: {@code file} (or {@code path} or {@code id}), the outlet
 * ({@code source}, or another of the outlet names JSON Lines records use: {@code outlet}, {@code publisher},
 * {@code site}, {@code domain}…; else the host of {@code url}), {@code url}, the publication date ({@code published},
 * or {@code date}, {@code pubDate}, {@code datePublished}, {@code published_at}, {@code timestamp}, {@code time}…,
 * read in the same forms: ISO 8601, RFC 822/1123, epoch) and {@code language}. Column names are those of
 * {@code record-fields.tsv}, matched ignoring case. A row applies to the article whose id, file name or path equals
 * its key; manifest values win over what the input itself says.
 */
public final class Manifest {
  /** One row. Empty cells are null. */
  public record Entry(String source, String url, String published, String language) {}

  private final Map<String, Entry> byKey;

  private Manifest(Map<String, Entry> byKey) {
    this.byKey = byKey;
  }

  public static Manifest empty() {
    return new Manifest(Map.of());
  }

  public static Manifest read(Path csv) throws IOException {
    Map<String, Entry> map = new HashMap<>();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
        .setIgnoreHeaderCase(true).setTrim(true).setIgnoreEmptyLines(true).get();
    try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      for (CSVRecord rec : format.parse(r)) {
        String key = first(rec, "file", "path", "id");
        if (key == null) {
          throw new IOException(csv + " line " + rec.getRecordNumber() + ": needs a file, path or id column");
        }
        String url = first(rec, "url");
        String outlet = first(rec, RecordFields.outletFields().toArray(String[]::new));
        map.put(normalise(key), new Entry(outlet != null ? outlet : RecordFields.host(url), url, published(rec),
            first(rec, "language")));
      }
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new IOException(csv + ": malformed CSV: " + e.getMessage(), e);
    }
    return new Manifest(map);
  }

  public int size() {
    return byKey.size();
  }

  /** The article with the manifest's values applied, when a row matches it. */
  public Article apply(Article a, InputFile file) {
    Entry e = byKey.get(normalise(a.id()));
    if (e == null) {
      e = byKey.get(normalise(file.path().getFileName().toString()));
    }
    if (e == null) {
      e = byKey.get(normalise(file.path().toString()));
    }
    if (e == null) {
      return a;
    }
    Entry m = e;
    return new Article(a.id(), a.input(), a.format(), or(m.source(), a.source()), a.title(), or(m.url(), a.url()),
        or(m.published(), a.published()), m.published() != null ? "manifest" : a.publishedSource(),
        a.publishedInferred(), or(m.language(), a.language()), a.html(), a.originalText(), a.text(), a.removed(),
        a.offsets(), a.sentences(), a.contentHash(), a.duplicateOf(), a.byline(), a.site(), a.modified(),
        a.annotations());
  }

  /** The first date column whose value reads as a date, as ISO 8601; null when none does. */
  private static String published(CSVRecord rec) {
    for (String name : RecordFields.dateFields()) {
      String iso = RecordFields.isoDate(first(rec, name));
      if (iso != null) {
        return iso;
      }
    }
    return null;
  }

  private static String or(String preferred, String fallback) {
    return preferred != null ? preferred : fallback;
  }

  private static String normalise(String key) {
    return key.replace('\\', '/').toLowerCase(Locale.ROOT);
  }

  private static String first(CSVRecord rec, String... names) {
    for (String n : names) {
      if (rec.isMapped(n) && rec.isSet(n)) {
        String v = rec.get(n);
        if (v != null && !v.isBlank()) {
          return v.strip();
        }
      }
    }
    return null;
  }
}
