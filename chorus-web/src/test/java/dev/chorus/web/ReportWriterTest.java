package dev.chorus.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {
  @TempDir Path tmp;

  @Test
  void refusesToInlineAScriptThatCouldEndItsElement() {
    assertThatThrownBy(() -> ReportWriter.inlineable("var s = '</SCRIPT>';")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> ReportWriter.inlineable("var s = '<!--';")).isInstanceOf(IllegalStateException.class);
    assertThat(ReportWriter.inlineable("var a = 1 < 2;")).isEqualTo("var a = 1 < 2;");
  }

  @Test
  void escapesMarkupCharactersInTheDataBlock() {
    assertThat(ReportWriter.escapeForScriptBlock("{\"t\":\"</script><b>&\"}"))
        .isEqualTo("{\"t\":\"\\u003c/script\\u003e\\u003cb\\u003e\\u0026\"}");
  }

  @Test
  void pinsEveryInlineScriptAndTheStyleByHash() throws Exception {
    Path out = tmp.resolve("r.html");
    new ReportWriter().writeExport("{\"articles\":[]}", out);
    String html = Files.readString(out);
    String csp = html.replaceFirst("(?s).*http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\".*", "$1");
    assertThat(csp).contains(SecurityHeaders.sha256(WebAssets.script()))
        .contains(SecurityHeaders.sha256(WebAssets.cytoscape())).contains(SecurityHeaders.sha256(WebAssets.read("app.css")))
        .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
  }
}
