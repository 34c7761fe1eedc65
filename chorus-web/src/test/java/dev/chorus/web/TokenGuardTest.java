package dev.chorus.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bound beyond loopback, the server answers only requests with the run's token, then by its cookie. */
class TokenGuardTest {
  @TempDir Path tmp;

  @Test
  void requestsWithoutTheTokenAreRefused() throws Exception {
    try (ChorusServer server = ChorusServer.start(GeneratedWorkspace.create(tmp.resolve("ws"), 5), "0.0.0.0", 0,
        null)) {
      int port = server.port();
      String query = URI.create(server.url()).getQuery();
      assertThat(query).startsWith(RequestGuard.TOKEN_PARAM + "=");
      String token = query.substring(query.indexOf('=') + 1);
      assertThat(token).hasSizeGreaterThanOrEqualTo(32);

      assertThat(RawHttp.get(port, "/api/overview", "192.0.2.1:" + port).status()).isEqualTo(403);
      assertThat(RawHttp.get(port, "/api/overview?token=wrong", "192.0.2.1:" + port).status()).isEqualTo(403);

      RawHttp.Answer opened = RawHttp.get(port, "/?token=" + token, "192.0.2.1:" + port);
      assertThat(opened.status()).isEqualTo(200);
      assertThat(opened.head()).contains(RequestGuard.TOKEN_COOKIE + "=" + token).contains("HttpOnly")
          .contains("SameSite=Strict");

      RawHttp.Answer byCookie = RawHttp.send(port, "GET /api/overview HTTP/1.1\r\nHost: 192.0.2.1:" + port
          + "\r\nCookie: " + RequestGuard.TOKEN_COOKIE + "=" + token + "\r\nConnection: close\r\n\r\n");
      assertThat(byCookie.status()).isEqualTo(200);
      assertThat(byCookie.body()).contains("article_count");
    }
  }

  @Test
  void loopbackNeedsNoToken() {
    RequestGuard guard = new RequestGuard("127.0.0.1");
    assertThat(guard.token()).isNull();
    assertThat(guard.hostAllowed("[::1]:8080", 8080)).isTrue();
    assertThat(guard.hostAllowed("127.0.0.1:8081", 8080)).isFalse();
    assertThat(guard.hostAllowed("evil.example:8080", 8080)).isFalse();
  }
}
