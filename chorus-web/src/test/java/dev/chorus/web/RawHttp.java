package dev.chorus.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Requests written byte for byte: Java's HTTP client will not send a foreign {@code Host}, a method the UI never
 * uses or a malformed request, which are exactly what a hostile page or client sends.
 */
final class RawHttp {
  /** A status line, the header block and the body, as received. */
  record Answer(int status, String head, String body) {
    boolean hasHeader(String name, String value) {
      return head.toLowerCase().contains((name + ": " + value).toLowerCase());
    }
  }

  private RawHttp() {}

  static Answer send(int port, String request) throws IOException {
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      s.shutdownOutput();
      InputStream in = s.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      in.transferTo(all);
      String text = all.toString(StandardCharsets.UTF_8);
      int split = text.indexOf("\r\n\r\n");
      String head = split < 0 ? text : text.substring(0, split);
      String body = split < 0 ? "" : text.substring(split + 4);
      return new Answer(Integer.parseInt(head.substring(9, 12)), head, body);
    }
  }

  static Answer get(int port, String path, String host) throws IOException {
    return send(port, "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
  }
}
