package dev.chorus.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chorus.model.Article;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every reader, plain and gzipped, on mutated copies of a good input (bytes flipped, inserted, deleted, repeated,
 * cut off): nothing escapes the ingestor, every input yields at least one article or one skip with a reason, and
 * the same bytes always give the same outcome. Seeded; {@code -Dchorus.seed=N} tries other mutations.
 */
class ReaderFuzzTest {
  static final long SEED = Long.getLong("chorus.seed", 7L);
  static final int MUTANTS = 150;
  static final String STORY = "Protesters gathered in the main square on Wednesday. “We want answers,” said Ana Ruiz."
      + " The police said 18 officers were injured.";

  @TempDir Path dir;

  static byte[] seed(String format) {
    String text = switch (format) {
      case "txt" -> "Unrest in the square\n" + STORY + "\n";
      case "html" -> "<html><head><title>Unrest</title><meta property=\"article:published_time\""
          + " content=\"2022-01-06\"></head><body><nav><a href=/>Home</a></nav><article><h1>Unrest</h1><p>" + STORY
          + "</p><p>" + STORY + "</p></article><!-- c --><script>var x = '</p>';</script></body></html>";
      case "jsonl" -> "{\"id\":\"a\",\"title\":\"Unrest\",\"text\":\"" + STORY + "\",\"date\":\"2022-01-06\"}\n"
          + "{\"id\":\"b\",\"html\":\"<p>" + STORY + "</p>\",\"source\":\"Wire\"}\n";
      default -> null;
    };
    if (format.equals("warc")) {
      return Warcs.gzipped(List.of(Warcs.response("http://example.org/a", "<html><body><p>" + STORY + "</p></body></html>"),
          Warcs.response("http://example.org/b", "<html><body><p>" + STORY + " Two.</p></body></html>")));
    }
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] mutate(byte[] in, Random r) {
    List<Byte> b = new ArrayList<>(in.length + 64);
    for (byte x : in) {
      b.add(x);
    }
    int edits = 1 + r.nextInt(8);
    for (int e = 0; e < edits && !b.isEmpty(); e++) {
      int at = r.nextInt(b.size());
      switch (r.nextInt(5)) {
        case 0 -> b.set(at, (byte) r.nextInt(256));
        case 1 -> b.add(at, (byte) r.nextInt(256));
        case 2 -> b.subList(at, Math.min(b.size(), at + 1 + r.nextInt(40))).clear();
        case 3 -> b.addAll(at, new ArrayList<>(b.subList(at, Math.min(b.size(), at + 1 + r.nextInt(200)))));
        default -> b.subList(at, b.size()).clear();
      }
    }
    byte[] out = new byte[b.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = b.get(i);
    }
    return out;
  }

  static byte[] gzip(byte[] in) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream g = new GZIPOutputStream(out)) {
      g.write(in);
    }
    return out.toByteArray();
  }

  /** What one ingest gave: each article's id and text, each skip's input and reason, in order. */
  private List<String> outcome(Path file) {
    List<String> out = new ArrayList<>();
    new Ingestor(new IngestLimits(1 << 20, 200_000), Manifest.empty()).ingest(InputFile.of(file), new ArticleSink() {
      @Override
      public void accept(Article a) {
        out.add("article " + a.id() + " " + a.format() + " " + (a.html() != null ? a.html() : a.originalText()));
      }

      @Override
      public void skip(String input, String reason) {
        assertThat(reason).as("skip of %s has a reason", input).isNotBlank();
        out.add("skip " + input + " " + reason);
      }
    });
    return out;
  }

  @ParameterizedTest
  @ValueSource(strings = {"txt", "html", "jsonl", "warc", "txt.gz", "html.gz", "jsonl.gz"})
  void mutatedInputsAreReadOrSkippedWithAReason(String format) throws Exception {
    String base = format.replace(".gz", "");
    byte[] good = seed(base);
    Random r = new Random(SEED ^ format.hashCode());
    for (int i = 0; i < MUTANTS; i++) {
      byte[] bytes = format.endsWith(".gz") ? (i % 2 == 0 ? gzip(mutate(good, r)) : mutate(gzip(good), r))
          : mutate(good, r);
      Path file = dir.resolve("m" + i + "." + (format.equals("warc") ? "warc.gz" : format));
      Files.write(file, bytes);
      List<String> first = outcome(file);
      assertThat(first).as("mutant %d of %s gives an article or a skip", i, format).isNotEmpty();
      assertThat(outcome(file)).as("mutant %d of %s read twice", i, format).isEqualTo(first);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"txt.gz", "html.gz", "jsonl.gz"})
  void aGzipBombIsStoppedAtTheLimitAsItIsRead(String format) throws Exception {
    // 256 MiB of one repeated line, about 256 KiB compressed: read whole, it would take the heap the test has
    ByteArrayOutputStream packed = new ByteArrayOutputStream();
    byte[] line = ("{\"id\":\"x\",\"text\":\"" + "a".repeat(1000) + "\"}").getBytes(StandardCharsets.UTF_8);
    byte[] chunk = format.startsWith("jsonl") ? line : new byte[1 << 20];
    try (GZIPOutputStream g = new GZIPOutputStream(packed)) {
      for (long written = 0; written < (256L << 20); written += chunk.length) {
        g.write(chunk);
      }
    }
    Path bomb = dir.resolve("bomb." + format);
    Files.write(bomb, packed.toByteArray());
    List<String> out = outcome(bomb);
    assertThat(out).isNotEmpty().allSatisfy(o -> assertThat(o).startsWith("skip ").containsPattern("too (large|long)"));
  }
}
