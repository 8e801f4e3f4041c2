package dev.errorcontract.examples.support;

import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Rejects a query with a broken percent-escape ({@code ?limit=%zz}, a trailing {@code %}) before
 * Jersey sees it, with the error handler's 400.
 *
 * <p>Why: Jetty checks the escapes of the path but passes the query on raw; Jersey's Jetty container
 * then fails to build the request URI and reports a 400 itself, which Jetty answers through the error
 * handler (the right bytes) but also logs as a warning with a stack trace, once per such request. A
 * {@link BadMessageException} is a client's mistake to Jetty, logged at debug level only.
 */
final class QueryEncodingCheck extends Handler.Wrapper {

  QueryEncodingCheck(Handler next) {
    super(next);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String query = request.getHttpURI().getQuery();
    if (query != null && !hasValidEscapes(query)) {
      Response.writeError(
          request, response, callback, 400, null, new BadMessageException("Invalid percent-encoding in query"));
      return true;
    }
    return super.handle(request, response, callback);
  }

  /** Whether every {@code %} starts a {@code %XX} escape of two hexadecimal digits. */
  static boolean hasValidEscapes(String query) {
    for (int i = query.indexOf('%'); i >= 0; i = query.indexOf('%', i + 3)) {
      if (i + 2 >= query.length() || !isHex(query.charAt(i + 1)) || !isHex(query.charAt(i + 2))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
