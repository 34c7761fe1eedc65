package dev.chorus.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Bytes to text without ever failing on odd bytes: a BOM wins; then UTF-16 without a BOM, told by its byte pattern
 * (ICU4J's detector only trusts UTF-16 behind a BOM); then strict UTF-8 (most of the web, and validation is cheap
 * and certain); then ICU4J's statistical detector (windows-1251, latin-1, …); decoding replaces what it cannot map.
 * Content that is mostly control bytes is refused as binary.
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
    Decoded utf16 = utf16WithoutBom(bytes);
    if (utf16 != null) {
      return utf16;
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

  /**
   * Text of the alphabetic scripts (Latin, Greek, Cyrillic, Hebrew, Arabic, Indic: code points below U+1000) written
   * as UTF-16 without a BOM has a small high byte in every pair: NUL for ASCII, 0x04 for Cyrillic. When nine pairs in
   * ten have it on one side and almost none on the other, and the bytes decode strictly as UTF-16 into text that is
   * not mostly control characters, that is the encoding. CJK text in UTF-16 without a BOM is not told apart here.
   */
  private static Decoded utf16WithoutBom(byte[] bytes) {
    int n = Math.min(bytes.length, 64 * 1024) & ~1;
    if (n < 8) {
      return null;
    }
    int smallEven = 0;
    int smallOdd = 0;
    for (int i = 0; i < n; i += 2) {
      smallEven += (bytes[i] & 0xff) < 0x10 ? 1 : 0;
      smallOdd += (bytes[i + 1] & 0xff) < 0x10 ? 1 : 0;
    }
    int pairs = n / 2;
    Charset charset;
    if (smallOdd >= 0.9 * pairs && smallEven <= 0.1 * pairs) {
      charset = StandardCharsets.UTF_16LE;
    } else if (smallEven >= 0.9 * pairs && smallOdd <= 0.1 * pairs) {
      charset = StandardCharsets.UTF_16BE;
    } else {
      return null;
    }
    String text = strict(charset, (bytes.length & 1) == 0 ? bytes : Arrays.copyOf(bytes, bytes.length - 1));
    if (text == null) {
      return null;
    }
    long control = text.chars().limit(32 * 1024)
        .filter(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f').count();
    return control > MAX_CONTROL_SHARE * Math.min(text.length(), 32 * 1024) ? null : new Decoded(text, charset.name());
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
    return strict(StandardCharsets.UTF_8, bytes);
  }

  private static String strict(Charset charset, byte[] bytes) {
    try {
      return charset.newDecoder()
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
