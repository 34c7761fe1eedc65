package dev.chorus.web;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error pages (a malformed request line, a URI or headers too long: 400, 414, 431), which Jetty writes
 * before any route runs, with the same security headers as every other answer and without stack traces.
 */
final class SecureErrorPages extends ErrorHandler {
  SecureErrorPages() {
    setShowStacks(false);
    setShowCauses(false);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    SecurityHeaders.SERVER.forEach((name, value) -> response.getHeaders().put(name, value));
    return super.handle(request, response, callback);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    SecurityHeaders.SERVER.forEach(fields::put);
    return super.badMessageError(status, reason, fields);
  }
}
