package dev.chorus.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  private static final String RUSSIAN = "Массовые беспорядки в Казахстане были подготовлены заранее, заявил Лебедев. "
      + "Протестующие вышли на улицы Алматы после повышения цен на газ.";
  private final TextDecoder decoder = new TextDecoder();

  @Test
  void decodesUtf8() throws Exception {
    assertThat(decoder.decode("Tokayev «said»".getBytes(StandardCharsets.UTF_8)).text()).isEqualTo("Tokayev «said»");
  }

  @Test
  void decodesUtf16WithByteOrderMark() throws Exception {
    byte[] le = withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, RUSSIAN.getBytes(StandardCharsets.UTF_16LE));
    byte[] be = withBom(new byte[] {(byte) 0xFE, (byte) 0xFF}, RUSSIAN.getBytes(StandardCharsets.UTF_16BE));
    assertThat(decoder.decode(le).text()).isEqualTo(RUSSIAN);
    assertThat(decoder.decode(be).text()).isEqualTo(RUSSIAN);
  }

  @Test
  void tellsUtf16WithoutAByteOrderMarkByItsHighBytes() throws Exception {
    String english = "Protesters gathered in Almaty on Wednesday,\r\nthe police said.";
    for (String text : new String[] {RUSSIAN, english}) {
      assertThat(decoder.decode(text.getBytes(StandardCharsets.UTF_16LE)).text()).isEqualTo(text);
      assertThat(decoder.decode(text.getBytes(StandardCharsets.UTF_16BE)).text()).isEqualTo(text);
    }
    assertThat(decoder.decode(english.getBytes(StandardCharsets.UTF_16LE)).charset()).isEqualTo("UTF-16LE");
  }

  @Test
  void refusesSmallIntegersAsBinaryNotUtf16() {
    byte[] shorts = new byte[4096];
    Random r = new Random(2);
    for (int i = 0; i < shorts.length; i += 2) {
      shorts[i] = (byte) r.nextInt(0x40); // little-endian numbers below 64: high bytes all NUL, low bytes often < 0x20
    }
    assertThatThrownBy(() -> decoder.decode(shorts)).isInstanceOf(UnreadableInputException.class)
        .hasMessageContaining("binary");
  }

  @Test
  void detectsWindows1251() throws Exception {
    TextDecoder.Decoded d = decoder.decode(RUSSIAN.getBytes(Charset.forName("windows-1251")));
    assertThat(d.text()).isEqualTo(RUSSIAN);
    assertThat(d.charset()).isEqualToIgnoringCase("windows-1251");
  }

  @Test
  void decodesLatin1() throws Exception {
    String french = "Le président a déclaré l'état d'urgence à Almaty après des manifestations très violentes.";
    assertThat(decoder.decode(french.getBytes(StandardCharsets.ISO_8859_1)).text()).isEqualTo(french);
  }

  @Test
  void usesDeclaredCharsetWhenBytesAreNotUtf8() throws Exception {
    assertThat(decoder.decode(RUSSIAN.getBytes(Charset.forName("KOI8-R")), "koi8-r").text()).isEqualTo(RUSSIAN);
  }

  @Test
  void refusesBinary() {
    byte[] junk = new byte[4096];
    new Random(1).nextBytes(junk);
    assertThatThrownBy(() -> decoder.decode(junk)).isInstanceOf(UnreadableInputException.class)
        .hasMessageContaining("binary");
  }

  @Test
  void neverFailsOnTextLikeBytes() throws Exception {
    Random r = new Random(3);
    for (int i = 0; i < 200; i++) {
      byte[] b = new byte[r.nextInt(300)];
      for (int j = 0; j < b.length; j++) {
        b[j] = (byte) (0x20 + r.nextInt(0xE0));
      }
      assertThat(decoder.decode(b).text()).isNotNull();
    }
  }

  private static byte[] withBom(byte[] bom, byte[] body) {
    byte[] out = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, out, 0, bom.length);
    System.arraycopy(body, 0, out, bom.length, body.length);
    return out;
  }
}
