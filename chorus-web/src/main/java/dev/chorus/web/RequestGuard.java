package dev.chorus.web;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/**
 * What a request must be before any route answers it.
 *
 * <p>The server binds to loopback, yet a web page the user visits elsewhere can still reach it through DNS
 * rebinding: a name of that page's own that later resolves to 127.0.0.1. The browser then sends that name as
 * {@code Host}, so on loopback only requests whose {@code Host} is a loopback name ({@code localhost},
 * {@code 127.0.0.1}, {@code [::1]}) or the bound address are answered (421 otherwise). Bound beyond loopback, where
 * other machines reach the server under names it cannot know, every request must instead carry the per-run token
 * that the printed URL holds ({@code ?token=}), or the cookie that the first such request sets, as Jupyter does.
 * Only GET and HEAD are served: the UI never writes.
 */
final class RequestGuard {
  static final String TOKEN_PARAM = "token";
  static final String TOKEN_COOKIE = "chorus_token";
  private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

  private final String boundHost;
  private final boolean loopback;
  private final String token;

  RequestGuard(String boundHost) {
    this.boundHost = boundHost.toLowerCase(Locale.ROOT);
    this.loopback = isLoopback(boundHost);
    this.token = loopback ? null : newToken();
  }

  /** The per-run token, or null on loopback, where none is needed. */
  String token() {
    return token;
  }

  void check(Context ctx) {
    String method = ctx.method().name();
    if (!method.equals("GET") && !method.equals("HEAD")) {
      ctx.header("Allow", "GET, HEAD");
      throw new HttpResponseException(405, "only GET and HEAD are served");
    }
    if (loopback) {
      if (!hostAllowed(ctx.header("Host"), ctx.req().getLocalPort())) {
        throw new HttpResponseException(421, "this server answers only requests for localhost or " + boundHost);
      }
      return;
    }
    String given = ctx.queryParam(TOKEN_PARAM);
    if (given != null && same(given, token)) {
      // SameSite=Strict: the cookie is not sent with requests that other sites' pages start
      ctx.header("Set-Cookie", TOKEN_COOKIE + "=" + token + "; Path=/; HttpOnly; SameSite=Strict");
      return;
    }
    String cookie = ctx.cookie(TOKEN_COOKIE);
    if (cookie == null || !same(cookie, token)) {
      throw new HttpResponseException(403, "open the address with ?token= that chorus serve printed");
    }
  }

  /** Whether a {@code Host} header names this loopback server: a loopback name or the bound address, our port. */
  boolean hostAllowed(String hostHeader, int port) {
    if (hostHeader == null || hostHeader.isEmpty()) {
      return false;
    }
    String h = hostHeader.trim().toLowerCase(Locale.ROOT);
    String name = h;
    int colon = h.lastIndexOf(':');
    if (colon > h.lastIndexOf(']')) {
      name = h.substring(0, colon);
      String p = h.substring(colon + 1);
      if (!p.equals(Integer.toString(port))) {
        return false;
      }
    }
    return LOOPBACK_NAMES.contains(name) || name.equals(boundHost);
  }

  static boolean isLoopback(String host) {
    if (LOOPBACK_NAMES.contains(host.toLowerCase(Locale.ROOT))) {
      return true;
    }
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private static boolean same(String a, String b) {
    return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  private static String newToken() {
    byte[] b = new byte[24];
    new SecureRandom().nextBytes(b);
    return HexFormat.of().formatHex(b);
  }
}
