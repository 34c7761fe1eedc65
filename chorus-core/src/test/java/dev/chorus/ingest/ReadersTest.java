package dev.chorus.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadersTest {
  @TempDir Path dir;
  private final Ingestor ingestor = new Ingestor(IngestLimits.defaults(), Manifest.empty());

  private CollectingSink ingest(Path file) {
    CollectingSink sink = new CollectingSink();
    ingestor.ingest(InputFile.of(file), sink);
    return sink;
  }

  @Test
  void textFileIdIsItsStem() throws IOException {
    Path f = Files.writeString(dir.resolve("007_story.txt"), "Headline\nBody text of the story.");
    CollectingSink s = ingest(f);
    assertThat(s.articles).singleElement().satisfies(a -> {
      assertThat(a.id()).isEqualTo("007_story");
      assertThat(a.originalText()).isEqualTo("Headline\nBody text of the story.");
    });
  }

  @Test
  void gzippedTextIsReadThroughTheGzipLayer() throws IOException {
    Path f = dir.resolve("a.txt.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
      out.write("Zipped story text.".getBytes(StandardCharsets.UTF_8));
    }
    assertThat(ingest(f).articles).singleElement().satisfies(a -> {
      assertThat(a.id()).isEqualTo("a");
      assertThat(a.originalText()).isEqualTo("Zipped story text.");
    });
  }

  @Test
  void jsonLinesSkipsMalformedLinesAndKeepsTheRest() throws IOException {
    Path f = Files.writeString(dir.resolve("feed.jsonl"), String.join("\n",
        "{\"id\":\"a1\",\"title\":\"T\",\"text\":\"First story.\",\"source\":\"Outlet\",\"published\":\"2022-01-06T10:00:00Z\"}",
        "{not json",
        "[1,2,3]",
        "{\"id\":\"a2\",\"html\":\"<p>Second story.</p>\"}",
        "{\"id\":\"a3\"}",
        "",
        "{\"text\":\"No id here.\"}"));
    CollectingSink s = ingest(f);
    assertThat(s.articles).extracting(a -> a.id()).containsExactly("a1", "a2", "feed#7");
    assertThat(s.articles.get(0).published()).isEqualTo("2022-01-06T10:00:00Z");
    assertThat(s.articles.get(0).source()).isEqualTo("Outlet");
    assertThat(s.articles.get(1).html()).contains("Second story");
    assertThat(s.skipped).extracting(x -> x.input())
        .containsExactly(f + "#2", f + "#3", f + "#5");
    assertThat(s.skipped.get(0).reason()).startsWith("malformed JSON");
    assertThat(s.skipped.get(2).reason()).contains("no \"text\" or \"html\"");
  }

  @Test
  void htmlIsKeptForExtraction() throws IOException {
    Path f = Files.writeString(dir.resolve("page.html"), "<html><body><p>Story.</p></body></html>");
    assertThat(ingest(f).articles).singleElement().satisfies(a -> {
      assertThat(a.html()).contains("<p>Story.</p>");
      assertThat(a.format()).isEqualTo("html");
    });
  }

  @Test
  void warcResponsesWithHtmlBecomeArticlesAndTruncationIsReported() throws IOException {
    byte[] warc = Warcs.gzipped(List.of(
        Warcs.response("http://example.org/a", "<html><body><p>Story A about the protests.</p></body></html>"),
        Warcs.response("http://example.org/b", "<html><body><p>Story B about the protests.</p></body></html>")));
    Path whole = Files.write(dir.resolve("crawl.warc.gz"), warc);
    CollectingSink s = ingest(whole);
    assertThat(s.articles).extracting(a -> a.url()).containsExactly("http://example.org/a", "http://example.org/b");
    assertThat(s.articles).extracting(a -> a.id()).containsExactly("crawl#1", "crawl#2");
    assertThat(s.skipped).isEmpty();

    Path cut = Files.write(dir.resolve("cut.warc.gz"), java.util.Arrays.copyOf(warc, warc.length - 40));
    CollectingSink t = ingest(cut);
    assertThat(t.articles).extracting(a -> a.url()).contains("http://example.org/a");
    assertThat(t.skipped).singleElement().satisfies(x -> assertThat(x.reason()).contains("WARC"));
  }

  @Test
  void warcRecordsAreDatedByLastModifiedElseByTheRecordDate() throws IOException {
    Path crawl = Files.write(dir.resolve("dated.warc.gz"), Warcs.gzipped(List.of(
        Warcs.response("http://example.org/a", "<html><body><p>A.</p></body></html>",
            "Last-Modified: Thu, 06 Jan 2022 08:00:00 GMT\r\n"),
        Warcs.response("http://example.org/b", "<html><body><p>B.</p></body></html>"))));
    CollectingSink s = ingest(crawl);
    assertThat(s.articles).extracting(a -> a.published() + " " + a.publishedSource())
        .containsExactly("2022-01-06T08:00Z warc:last-modified", "2022-01-08T10:00Z warc:date");
  }

  @Test
  void emptyAndBinaryAndUnknownFilesAreSkippedWithReasons() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    byte[] junk = new byte[2048];
    new java.util.Random(5).nextBytes(junk);
    Path binary = Files.write(dir.resolve("junk.txt"), junk);
    Path unknown = Files.writeString(dir.resolve("notes.docx"), "x");
    assertThat(ingest(empty).skipped).singleElement().satisfies(x -> assertThat(x.reason()).contains("empty"));
    assertThat(ingest(binary).skipped).singleElement().satisfies(x -> assertThat(x.reason()).contains("binary"));
    assertThat(ingest(unknown).skipped).singleElement()
        .satisfies(x -> assertThat(x.reason()).contains("unsupported format"));
  }

  @Test
  void oversizedDocumentIsSkippedByName() throws IOException {
    Ingestor small = new Ingestor(new IngestLimits(1000, 1_000_000), Manifest.empty());
    Path big = Files.writeString(dir.resolve("big.txt"), "x".repeat(5000));
    CollectingSink s = new CollectingSink();
    small.ingest(InputFile.of(big), s);
    assertThat(s.skipped).singleElement().satisfies(x -> {
      assertThat(x.input()).isEqualTo(big.toString());
      assertThat(x.reason()).contains("too large");
    });
  }

  @Test
  void manifestReadsTheUsualDateAndOutletColumns() throws IOException {
    Path f = Files.writeString(dir.resolve("002.txt"), "Story text.");
    Path csv = Files.writeString(dir.resolve("manifest.csv"),
        "id,pubDate,url\n002,\"Sat, 08 Jan 2022 10:00:00 +0600\",https://www.example.org/1\n");
    CollectingSink s = new CollectingSink();
    new Ingestor(IngestLimits.defaults(), Manifest.read(csv)).ingest(InputFile.of(f), s);
    assertThat(s.articles).singleElement().satisfies(a -> {
      assertThat(a.published()).isEqualTo("2022-01-08T10:00+06:00");
      assertThat(a.publishedSource()).isEqualTo("manifest");
      assertThat(a.source()).isEqualTo("example.org");
    });
    Path byPublisher = Files.writeString(dir.resolve("m2.csv"), "file,publisher,datePublished\n002.txt,Outlet,1641600000\n");
    CollectingSink t = new CollectingSink();
    new Ingestor(IngestLimits.defaults(), Manifest.read(byPublisher)).ingest(InputFile.of(f), t);
    assertThat(t.articles.get(0).source()).isEqualTo("Outlet");
    assertThat(t.articles.get(0).published()).isEqualTo("2022-01-08T00:00Z");
  }

  @Test
  void manifestFillsSourceDateAndLanguage() throws IOException {
    Path f = Files.writeString(dir.resolve("001.txt"), "Story text.");
    Path csv = Files.writeString(dir.resolve("manifest.csv"),
        "file,source,url,published,language\n001.txt,Sputnik,https://example.org/1,2022-01-08,en\n");
    Ingestor withManifest = new Ingestor(IngestLimits.defaults(), Manifest.read(csv));
    CollectingSink s = new CollectingSink();
    withManifest.ingest(InputFile.of(f), s);
    assertThat(s.articles).singleElement().satisfies(a -> {
      assertThat(a.source()).isEqualTo("Sputnik");
      assertThat(a.published()).isEqualTo("2022-01-08");
      assertThat(a.publishedSource()).isEqualTo("manifest");
      assertThat(a.language()).isEqualTo("en");
    });
  }

  @Test
  void resolverWalksDirectoriesAndExpandsGlobs() throws IOException {
    Files.createDirectories(dir.resolve("d/sub"));
    Files.writeString(dir.resolve("d/a.txt"), "a");
    Files.writeString(dir.resolve("d/sub/b.jsonl"), "{}");
    Files.writeString(dir.resolve("d/.hidden.txt"), "h");
    InputResolver r = new InputResolver();
    List<dev.chorus.model.SkippedInput> skips = new java.util.ArrayList<>();
    assertThat(r.resolve(List.of(dir.resolve("d").toString()), skips::add)).hasSize(2);
    assertThat(r.resolve(List.of(dir + "/d/**.jsonl"), skips::add)).singleElement()
        .satisfies(f -> assertThat(f.path().getFileName().toString()).isEqualTo("b.jsonl"));
    r.resolve(List.of(dir + "/missing.txt", dir + "/*.nothing"), skips::add);
    assertThat(skips).hasSize(2);
  }
}
