package dev.chorus.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** Content-Security-Policy values for the server and for the self-contained report. */
final class SecurityHeaders {
  /** Same-origin script and style only: no inline code, no eval, no plugins, no framing, no form posts. */
  static final String SERVER_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
      + " connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  /**
   * The headers of every answer of the server, error pages included: the policy above, no MIME sniffing, no
   * referrer, no framing, no caching (the workspace may hold what the user would not leave in a browser cache).
   */
  static final Map<String, String> SERVER = Map.of(
      "Content-Security-Policy", SERVER_CSP,
      "X-Content-Type-Options", "nosniff",
      "Referrer-Policy", "no-referrer",
      "X-Frame-Options", "DENY",
      "Cache-Control", "no-store");

  private SecurityHeaders() {}

  /** The report's policy: only the exact inline scripts and style it was written with may run. */
  static String reportCsp(List<String> scripts, String style) {
    StringBuilder hashes = new StringBuilder();
    for (String script : scripts) {
      hashes.append(" '").append(sha256(script)).append('\'');
    }
    return "default-src 'none'; script-src" + hashes + "; style-src '" + sha256(style) + "';"
        + " img-src data:; base-uri 'none'; form-action 'none'";
  }

  static String sha256(String s) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(h);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
