package dev.errorcontract.servlet.internal.undertow;

import io.undertow.servlet.spec.HttpServletResponseImpl;
import io.undertow.util.Headers;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.ServletResponseWrapper;

/**
 * Sends a {@code Content-Type} exactly as declared on Undertow. Undertow's servlet response turns {@code
 * setHeader("Content-Type", ...)} into {@code setContentType}, which parses the value and writes it
 * again without the space before a parameter ({@code application/problem+json;charset=utf-8} for a
 * declared {@code application/problem+json; charset=utf-8}); its exchange's own headers take the value
 * as it is. Loaded only where Undertow's classes are: the caller checks first. Not an API.
 */
public final class UndertowContentType {

  private UndertowContentType() {}

  /**
   * Sets {@code value} as the {@code Content-Type} of {@code response} byte for byte when it is
   * Undertow's response (or wraps it).
   *
   * @return whether it was, and the header is set
   */
  public static boolean set(ServletResponse response, String value) {
    ServletResponse unwrapped = response;
    while (unwrapped instanceof ServletResponseWrapper wrapper) {
      unwrapped = wrapper.getResponse();
    }
    if (unwrapped instanceof HttpServletResponseImpl undertow) {
      undertow.getExchange().getResponseHeaders().put(Headers.CONTENT_TYPE, value);
      return true;
    }
    return false;
  }
}
