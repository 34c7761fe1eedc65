package dev.chorus.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * TimeML documents (TBAQ-cleaned, as in ../shared/bench/tempeval3-train): the text inside {@code <TEXT>} with its
 * tags removed, the gold TIMEX3s as character spans of that text, and the document creation time ({@code <DCT>}).
 * Read at run time; nothing of the corpus is kept in the project.
 */
final class TimeMlCorpus {
  private static final Pattern DCT = Pattern.compile("<DCT>\\s*<TIMEX3[^>]*value=\"(\\d{4}-\\d{2}-\\d{2})");
  private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z0-9]+)([^>]*)>");
  private static final Pattern ATTR = Pattern.compile("(\\w+)=\"([^\"]*)\"");

  private TimeMlCorpus() {}

  /** One gold TIMEX3: {@code [start, end)} of {@link Doc#text}. */
  record Timex(int start, int end, String type, String value) {}

  record Doc(String name, LocalDate dct, String text, List<Timex> gold) {}

  /** Every {@code .tml} file under {@code dir}, in file-name order. */
  static List<Doc> load(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      List<Path> paths = files.filter(p -> p.toString().endsWith(".tml"))
          .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
      List<Doc> docs = new ArrayList<>();
      for (Path p : paths) {
        docs.add(parse(p.getFileName().toString().replace(".tml", ""),
            Files.readString(p, StandardCharsets.UTF_8)));
      }
      return docs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every {@code step}-th document in name order, from the first: a slice spread over both sub-corpora. */
  static List<Doc> slice(List<Doc> docs, int step) {
    return BenchData.everyNth(docs, step);
  }

  static Doc parse(String name, String xml) {
    Matcher dct = DCT.matcher(xml);
    LocalDate date = dct.find() ? LocalDate.parse(dct.group(1)) : null;
    int from = xml.indexOf("<TEXT>");
    int to = xml.indexOf("</TEXT>");
    String body = xml.substring(from + "<TEXT>".length(), to);
    StringBuilder text = new StringBuilder();
    List<Timex> gold = new ArrayList<>();
    Matcher tag = TAG.matcher(body);
    int pos = 0;
    int open = -1;
    String type = null;
    String value = null;
    while (tag.find()) {
      text.append(unescape(body.substring(pos, tag.start())));
      pos = tag.end();
      if (!tag.group(2).equals("TIMEX3")) {
        continue;
      }
      if (tag.group(1).isEmpty()) {
        open = text.length();
        type = null;
        value = null;
        Matcher a = ATTR.matcher(tag.group(3));
        while (a.find()) {
          if (a.group(1).equals("type")) {
            type = a.group(2);
          } else if (a.group(1).equals("value")) {
            value = a.group(2);
          }
        }
      } else if (open >= 0) {
        gold.add(new Timex(open, text.length(), type, value));
        open = -1;
      }
    }
    text.append(unescape(body.substring(pos)));
    return new Doc(name, date, text.toString(), gold);
  }

  private static String unescape(String s) {
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
        .replace("&amp;", "&");
  }
}
