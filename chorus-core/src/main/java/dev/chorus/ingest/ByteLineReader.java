package dev.chorus.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a byte stream into lines without decoding it and without holding more than one bounded line:
 * a line longer than the limit is consumed to its end but only its first {@code limit + 1} bytes are
 * kept, so the caller can tell it overflowed. (BufferedReader would hold a 1 GB line whole.)
 *
 * <p>Not thread-safe.
 */
final class ByteLineReader {
  private final InputStream in;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int lim;
  private long lineNumber;

  ByteLineReader(InputStream in) {
    this.in = in;
  }

  /** 1-based number of the line last read. */
  long lineNumber() {
    return lineNumber;
  }

  /** Reads the next line (without {@code \n}) into {@code out}; false at end of stream. */
  boolean next(ByteArrayOutputStream out, long limit) throws IOException {
    out.reset();
    boolean any = false;
    while (true) {
      if (pos == lim) {
        int n = in.read(buf);
        pos = 0;
        lim = Math.max(n, 0);
        if (n <= 0) {
          if (any) {
            lineNumber++;
          }
          return any;
        }
      }
      any = true;
      int start = pos;
      while (pos < lim && buf[pos] != '\n') {
        pos++;
      }
      long room = limit + 1 - out.size();
      if (room > 0) {
        out.write(buf, start, (int) Math.min(pos - start, room));
      }
      if (pos < lim) {
        pos++;
        lineNumber++;
        return true;
      }
    }
  }
}
