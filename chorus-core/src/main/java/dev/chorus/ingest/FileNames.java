package dev.chorus.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * File names as their bytes say, for display and ids. On Linux a name is bytes; the JDK decodes it with the
 * platform charset and turns bytes that do not decode into U+FFFD (or '?'), so two names that differ only there
 * would print, and make ids, alike. The path's URI keeps the bytes (percent-encoded), so the name is read from it:
 * UTF-8 where the bytes are UTF-8, {@code \xFF} for each byte that is not.
 */
final class FileNames {
  private FileNames() {}

  /** The path as given, its last name rebuilt from its bytes when the JDK could not decode them. */
  static String display(Path path) {
    String shown = path.toString();
    Path name = path.getFileName();
    if (name == null || (shown.indexOf('\uFFFD') < 0 && shown.indexOf('?') < 0)) {
      return shown;
    }
    String fromBytes = name(path);
    Path parent = path.getParent();
    return parent == null ? fromBytes : parent + "/" + fromBytes;
  }

  /** The last name of the path from its bytes. */
  static String name(Path path) {
    String raw = path.toAbsolutePath().toUri().getRawPath();
    if (raw.endsWith("/")) {
      raw = raw.substring(0, raw.length() - 1);
    }
    return decode(percentDecode(raw.substring(raw.lastIndexOf('/') + 1)));
  }

  private static byte[] percentDecode(String s) {
    ByteBuffer out = ByteBuffer.allocate(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%' && i + 2 < s.length()) {
        out.put((byte) Integer.parseInt(s.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        out.put((byte) c);
      }
    }
    byte[] b = new byte[out.position()];
    out.flip().get(b);
    return b;
  }

  /** UTF-8 where it decodes; each byte that does not becomes {@code \xNN}. */
  private static String decode(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length * 4 + 4);
    while (true) {
      CoderResult r = decoder.decode(in, out, true);
      if (r.isError()) {
        for (int k = 0; k < r.length(); k++) {
          out.put(String.format("\\x%02X", in.get() & 0xff));
        }
      } else {
        break;
      }
    }
    decoder.flush(out);
    return out.flip().toString();
  }
}
