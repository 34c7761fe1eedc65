package dev.chorus.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Builds small WARC files for tests: one gzip member per record, as crawlers write them. */
public final class Warcs {
  private Warcs() {}

  public static byte[] response(String url, String html) {
    return response(url, html, "");
  }

  /** @param httpHeaders extra HTTP header lines, each ending in CRLF */
  public static byte[] response(String url, String html, String httpHeaders) {
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n" + httpHeaders
        + "Content-Length: " + body.length + "\r\n\r\n";
    byte[] httpBytes = concat(http.getBytes(StandardCharsets.US_ASCII), body);
    String header = "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:"
        + java.util.UUID.nameUUIDFromBytes(url.getBytes(StandardCharsets.UTF_8)) + ">\r\n"
        + "WARC-Date: 2022-01-08T10:00:00Z\r\nWARC-Target-URI: " + url + "\r\n"
        + "Content-Type: application/http;msgtype=response\r\nContent-Length: " + httpBytes.length + "\r\n\r\n";
    return concat(concat(header.getBytes(StandardCharsets.US_ASCII), httpBytes),
        "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  public static byte[] gzipped(List<byte[]> records) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      for (byte[] r : records) {
        ByteArrayOutputStream member = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(member)) {
          gz.write(r);
        }
        out.write(member.toByteArray());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
