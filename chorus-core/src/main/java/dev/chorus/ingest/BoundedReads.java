package dev.chorus.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reading with a ceiling, so a huge input is refused by name instead of filling the heap. */
final class BoundedReads {
  private BoundedReads() {}

  static byte[] readAtMost(InputStream in, long maxBytes, String name) throws IOException, UnreadableInputException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[1 << 16];
    long total = 0;
    int n;
    while ((n = in.read(buf)) > 0) {
      total += n;
      if (total > maxBytes) {
        throw new UnreadableInputException(
            "too large: more than " + humanBytes(maxBytes) + " (limit; see --max-document-bytes)");
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  static String humanBytes(long bytes) {
    if (bytes >= 1L << 20) {
      return String.format("%.1f MB", bytes / (double) (1L << 20));
    }
    if (bytes >= 1L << 10) {
      return String.format("%.1f KB", bytes / (double) (1L << 10));
    }
    return bytes + " bytes";
  }
}
