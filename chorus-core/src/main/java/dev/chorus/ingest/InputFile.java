package dev.chorus.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * One input file. {@link #open} undoes a {@code .gz} layer, so readers see the inner format, and
 * {@link #innerName} is the name without {@code .gz}.
 */
public record InputFile(Path path, String displayName) {

  public static InputFile of(Path path) {
    return new InputFile(path, FileNames.display(path));
  }

  public boolean gzipped() {
    return lowerName().endsWith(".gz");
  }

  /** Lower-cased file name without a trailing {@code .gz}. */
  public String innerName() {
    String n = lowerName();
    return n.endsWith(".gz") ? n.substring(0, n.length() - 3) : n;
  }

  /** File name without {@code .gz} and without its extension, as written: the article id of one-article files. */
  public String stem() {
    String n = path.getFileName().toString();
    if (n.indexOf('\uFFFD') >= 0 || n.indexOf('?') >= 0) {
      n = FileNames.name(path); // bytes the platform charset could not decode: kept apart, never folded into one id
    }
    if (n.toLowerCase(Locale.ROOT).endsWith(".gz")) {
      n = n.substring(0, n.length() - 3);
    }
    if (n.toLowerCase(Locale.ROOT).endsWith(".warc")) {
      n = n.substring(0, n.length() - 5);
    }
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }

  private String lowerName() {
    return path.getFileName().toString().toLowerCase(Locale.ROOT);
  }

  public InputStream open() throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
    return gzipped() ? new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16) : in;
  }

  /** Reads the whole (decompressed) content, refusing more than {@code maxBytes}. */
  public byte[] readAll(long maxBytes) throws IOException, UnreadableInputException {
    try (InputStream in = open()) {
      return BoundedReads.readAtMost(in, maxBytes, displayName);
    }
  }
}
