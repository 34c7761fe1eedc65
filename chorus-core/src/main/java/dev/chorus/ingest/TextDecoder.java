package dev.chorus.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text without ever failing on odd bytes: a BOM wins; then strict UTF-8 (most of the web, and
 * validation is cheap and certain); then ICU4J's statistical detector (windows-1251, latin-1, …); decoding
 * replaces what it cannot map. Content that is mostly control bytes is refused as binary.
 *
 * <p>Stateless and thread-safe.
 */
public final class TextDecoder {
  /** Share of NUL and other C0 control bytes (bar tab, CR, LF, FF) over which a text input is binary. */
  static final double MAX_CONTROL_SHARE = 0.10;

  /** The decoded text and the charset that was used. */
  public record Decoded(String text, String charset) {}

  public Decoded decode(byte[] bytes) throws UnreadableInputException {
    return decode(bytes, null);
  }

  /**
   * @param declared a charset the container declared (HTTP header, meta tag), tried after BOM and UTF-8; may be null
   */
  public Decoded decode(byte[] bytes, String declared) throws UnreadableInputException {
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
      return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), "UTF-8");
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE");
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE");
    }
    checkNotBinary(bytes);
    String utf8 = strictUtf8(bytes);
    if (utf8 != null) {
      return new Decoded(utf8, "UTF-8");
    }
    Charset charset = null;
    if (declared != null) {
      try {
        charset = Charset.forName(declared.trim());
      } catch (RuntimeException unknownCharset) {
        charset = null;
      }
      if (charset != null && charset.equals(StandardCharsets.UTF_8)) {
        charset = null; // it said UTF-8 and it is not valid UTF-8: detect instead
      }
    }
    if (charset == null) {
      charset = detect(bytes);
    }
    return new Decoded(new String(bytes, charset), charset.name());
  }

  private static Charset detect(byte[] bytes) {
    CharsetDetector detector = new CharsetDetector();
    detector.setText(bytes);
    for (CharsetMatch match : detector.detectAll()) {
      try {
        Charset c = Charset.forName(match.getName());
        if (!c.name().startsWith("UTF-16") && !c.name().startsWith("UTF-32")) {
          return c; // no BOM was present, so a UTF-16/32 guess on 8-bit text is wrong
        }
      } catch (RuntimeException unsupported) {
        // try the next candidate
      }
    }
    return StandardCharsets.ISO_8859_1; // every byte is a latin-1 character: never fails
  }

  private static String strictUtf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      return null;
    }
  }

  private static void checkNotBinary(byte[] bytes) throws UnreadableInputException {
    int sample = Math.min(bytes.length, 64 * 1024);
    if (sample == 0) {
      return;
    }
    int control = 0;
    for (int i = 0; i < sample; i++) {
      int b = bytes[i] & 0xff;
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
        control++;
      }
    }
    double share = (double) control / sample;
    if (share > MAX_CONTROL_SHARE) {
      throw new UnreadableInputException(String.format(
          "binary content: %.0f%% control bytes in the first %d bytes", share * 100, sample));
    }
  }
}
