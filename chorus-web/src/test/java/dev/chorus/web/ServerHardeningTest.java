package dev.chorus.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local server answers only requests meant for it, refuses costly queries and keeps its headers on errors. */
class ServerHardeningTest {
  @TempDir static Path tmp;
  static ChorusServer server;
  static int port;

  @BeforeAll
  static void setUp() throws Exception {
    server = ChorusServer.start(GeneratedWorkspace.create(tmp.resolve("ws"), 40), ChorusServer.DEFAULT_HOST, 0, null);
    port = server.port();
  }

  @AfterAll
  static void tearDown() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void answersLoopbackNamesOnItsOwnPort() throws Exception {
    for (String host : new String[] {"127.0.0.1:" + port, "localhost:" + port, "LOCALHOST:" + port}) {
      assertThat(RawHttp.get(port, "/api/info", host).status()).as(host).isEqualTo(200);
    }
  }

  @Test
  void refusesAForeignHostAsDnsRebindingWouldSendIt() throws Exception {
    for (String host : new String[] {"attacker.example:" + port, "attacker.example", "localhost:1",
        "127.0.0.1.attacker.example:" + port, ""}) {
      RawHttp.Answer a = RawHttp.get(port, "/api/overview", host);
      assertThat(a.status()).as(host).isIn(400, 421);
      assertThat(a.body()).doesNotContain("article_count");
      assertThat(a.hasHeader("X-Frame-Options", "DENY")).as(host).isTrue();
    }
  }

  @Test
  void servesOnlyGetAndHead() throws Exception {
    String host = "127.0.0.1:" + port;
    assertThat(RawHttp.send(port, "HEAD /api/info HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
        .status()).isEqualTo(200);
    for (String method : new String[] {"POST", "PUT", "DELETE", "OPTIONS"}) {
      RawHttp.Answer a = RawHttp.send(port, method + " /api/overview HTTP/1.1\r\nHost: " + host
          + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
      assertThat(a.status()).as(method).isEqualTo(405);
      assertThat(a.hasHeader("Allow", "GET, HEAD")).isTrue();
    }
  }

  @Test
  void jettysOwnErrorPagesCarryTheSecurityHeaders() throws Exception {
    String host = "127.0.0.1:" + port;
    RawHttp.Answer tooLong = RawHttp.get(port, "/api/search?q=" + "a".repeat(20_000), host);
    RawHttp.Answer badHeaders = RawHttp.send(port, "GET / HTTP/1.1\r\nHost: " + host + "\r\nX-Big: "
        + "b".repeat(40_000) + "\r\nConnection: close\r\n\r\n");
    RawHttp.Answer malformed = RawHttp.send(port, "GET /\u0001 HTTP/1.1\r\nHost: " + host + "\r\n\r\n");
    for (RawHttp.Answer a : new RawHttp.Answer[] {tooLong, badHeaders, malformed}) {
      assertThat(a.status()).as(a.head()).isBetween(400, 499);
      assertThat(a.hasHeader("Content-Security-Policy", SecurityHeaders.SERVER_CSP)).as(a.head()).isTrue();
      assertThat(a.hasHeader("X-Content-Type-Options", "nosniff")).as(a.head()).isTrue();
    }
  }

  @Test
  void costlyOrOverlongQueriesAnswer400WithAReason() throws Exception {
    for (String q : new String[] {"/[a-z]{1,100}[a-z]{1,100}/", "x".repeat(SentenceSearch.MAX_QUERY_CHARS + 1)}) {
      var r = ApiClient.get(server, "/api/search?q=" + java.net.URLEncoder.encode(q, "UTF-8"));
      assertThat(r.statusCode()).as(q).isEqualTo(400);
      assertThat(ApiClient.JSON.readTree(r.body()).get("error").asText()).isNotBlank();
    }
    assertThat(ApiClient.get(server, "/api/search?q=*ment").statusCode()).isEqualTo(200);
    assertThat(ApiClient.get(server, "/api/search?q=peace~2").statusCode()).isEqualTo(200);
  }

  @Test
  void theOverviewIsTheSameAnswerEachTime() throws Exception {
    String first = ApiClient.get(server, "/api/overview").body();
    assertThat(first).contains("article_count");
    assertThat(ApiClient.get(server, "/api/overview").body()).isEqualTo(first);
  }
}
