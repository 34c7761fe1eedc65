package dev.chorus.testing;

import dev.chorus.ingest.Warcs;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a corpus of hostile inputs next to good ones: binary junk, an empty file, a 5 MB single line, 200,000
 * nested divs, truncated HTML, a truncated WARC.gz, malformed JSONL lines among good ones, UTF-16 and
 * windows-1251 text, zero-width and right-to-left control characters.
 */
public final class HostileCorpus {
  /** Ids of the articles a run must keep. */
  public static final Set<String> GOOD_IDS = Set.of(
      "good", "utf16", "cp1251", "controls", "truncated-html", "nested", "g1", "g2", "crawl#1");
  /** Inputs a run must skip, by file name (or file#line) suffix. */
  public static final List<String> SKIPPED_SUFFIXES = List.of(
      "junk.txt", "empty.txt", "long-line.txt", "feed.jsonl#2", "feed.jsonl#3", "crawl.warc.gz");

  private HostileCorpus() {}

  public static void write(Path dir) throws IOException {
    Files.createDirectories(dir);
    String story = "Protesters gathered in the main square of Almaty on Wednesday. The police said 18 officers were"
        + " injured. Officials promised an investigation into the clashes.";
    Files.writeString(dir.resolve("good.txt"), "Unrest in Almaty\n" + story + "\n");
    byte[] junk = new byte[64 * 1024];
    new Random(13).nextBytes(junk);
    Files.write(dir.resolve("junk.txt"), junk);
    Files.writeString(dir.resolve("empty.txt"), "");
    // 5 MB on one line: read (under the document limit) but refused as an article (over the character limit)
    Files.writeString(dir.resolve("long-line.txt"), (story + " ").repeat(5 * 1024 * 1024 / (story.length() + 1)));
    Files.writeString(dir.resolve("nested.html"), "<html><body>" + "<div>".repeat(200_000) + "<p>" + story + "</p>"
        + "</div>".repeat(200_000) + "</body></html>");
    Files.writeString(dir.resolve("truncated-html.html"), "<html><head><title>Cut off</title></head><body><p>" + story
        + "</p><p>And then the page stops in the mid");
    byte[] utf16 = ("\uFEFF" + "Беспорядки в Алматы\n" + "Протестующие собрались на главной площади Алматы в среду."
        + " Полиция сообщила о 18 раненых сотрудниках.").getBytes(StandardCharsets.UTF_16LE);
    Files.write(dir.resolve("utf16.txt"), utf16);
    Files.write(dir.resolve("cp1251.txt"), ("Беспорядки в Алматы\nПротестующие собрались на главной площади Алматы в"
        + " среду. Полиция сообщила о 18 раненых сотрудниках, власти обещали расследование.")
        .getBytes(Charset.forName("windows-1251")));
    Files.writeString(dir.resolve("controls.txt"), "Zero\u200Bwidth and \u202Eright-to-left\u202C text\n" + story);
    Files.writeString(dir.resolve("feed.jsonl"), String.join("\n",
        "{\"id\":\"g1\",\"title\":\"First\",\"text\":\"" + story + "\",\"source\":\"Wire\",\"published\":\"2022-01-06\"}",
        "{\"id\": \"broken\", \"text\": ",
        "\u0000\u0001\u0002 not json at all",
        "{\"id\":\"g2\",\"html\":\"<html><body><article><p>" + story + " Second.</p></article></body></html>\"}"));
    byte[] warc = Warcs.gzipped(List.of(
        Warcs.response("http://example.org/1", "<html><body><p>" + story + "</p></body></html>"),
        Warcs.response("http://example.org/2", "<html><body><p>" + story + " Two.</p></body></html>")));
    Files.write(dir.resolve("crawl.warc.gz"), Arrays.copyOf(warc, warc.length - 30));
  }

  /** A gzipped copy of a file, for tests of the gzip layer. */
  public static Path gzip(Path file) throws IOException {
    Path out = file.resolveSibling(file.getFileName() + ".gz");
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(out))) {
      o.write(Files.readAllBytes(file));
    }
    return out;
  }
}
