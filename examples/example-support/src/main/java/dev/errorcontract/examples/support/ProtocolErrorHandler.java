package dev.errorcontract.examples.support;

import dev.errorcontract.catalog.DocumentedError;
import dev.errorcontract.catalog.DocumentedStatus;
import dev.errorcontract.catalog.ErrorBody;
import dev.errorcontract.catalog.ErrorTable;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.Objects;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.io.QuietException;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's error handler, answering every error the HTTP layer sends itself with the catalog's documented
 * answer for that status: a malformed request line, header, {@code Content-Length} or chunk, invalid
 * percent-encoding, a head or URI over the limits, an exception no one caught. Jetty calls the server's
 * error handler for all of these (before any JAX-RS code runs), so none of them sends Jetty's HTML page.
 *
 * <p>Each status 400..599 maps through {@link ErrorTable#forStatus}, as the JAX-RS glue maps an
 * undocumented status: Jetty's 431 or 414 become the catalog's documented answer for them. Everything
 * is encoded once; an answer writes a shared read-only buffer.
 */
final class ProtocolErrorHandler implements Request.Handler {

  private static final System.Logger LOG = System.getLogger(ProtocolErrorHandler.class.getName());
  private static final int FIRST = 400;
  private static final int LAST = 599;

  private final Answer[] answers = new Answer[LAST - FIRST + 1];

  ProtocolErrorHandler(ErrorTable table) {
    Objects.requireNonNull(table, "table");
    for (int code = FIRST; code <= LAST; code++) {
      answers[code - FIRST] = new Answer(table.forStatus(code));
    }
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int status = response.getStatus();
    Answer answer = answers[(status >= FIRST && status <= LAST ? status : 500) - FIRST];
    Object cause = request.getAttribute(ErrorHandler.ERROR_EXCEPTION);
    // A request the parser rejected (an HttpException, even a 505 for an unknown version) is the
    // client's mistake: debug only, or every garbage request would log a stack trace. So is a
    // connection that closed before its exchange completed (a QuietException, such as Jetty's
    // EofException when a client shut its side while its request was still being answered): Jetty
    // fails that exchange with a 500 no one will read. Anything else that ends here with a 5xx
    // failed on the server; its cause goes to the log, never to the client.
    boolean clients = cause instanceof HttpException || cause instanceof QuietException;
    System.Logger.Level level =
        (status >= 500 || status < FIRST) && !clients
            ? System.Logger.Level.ERROR
            : System.Logger.Level.DEBUG;
    if (LOG.isLoggable(level)) {
      LOG.log(level, "HTTP layer's " + status + " answered with the documented " + answer.status,
          cause instanceof Throwable ? (Throwable) cause : null);
    }
    response.setStatus(answer.status);
    HttpFields.Mutable headers = response.getHeaders();
    for (HttpField field : answer.headers) {
      headers.put(field);
    }
    if (answer.body == null) {
      headers.remove(HttpHeader.CONTENT_TYPE);
      headers.put(HttpHeader.CONTENT_LENGTH, 0L);
      response.write(true, null, callback);
    } else {
      headers.put(answer.contentType);
      headers.put(answer.contentLength);
      // Jetty would send the body even to a HEAD it rejected (say, for its URI), and a client reading
      // the next response on that connection would take the body for it.
      boolean head = HttpMethod.HEAD.is(request.getMethod());
      response.write(true, head ? null : answer.body.slice(), callback);
    }
    return true;
  }

  /** One status's documented answer, encoded once. */
  private static final class Answer {
    final int status;
    final HttpField[] headers;
    final HttpField contentType;
    final HttpField contentLength;
    /** Read-only; each response writes a slice of it. Null when the status allows no body. */
    final ByteBuffer body;

    Answer(DocumentedError error) {
      DocumentedStatus documented = error.status();
      this.status = documented.code();
      Map<String, String> declared = documented.headers();
      this.headers =
          declared.entrySet().stream()
              .map(e -> new HttpField(e.getKey(), e.getValue()))
              .toArray(HttpField[]::new);
      ErrorBody errorBody = error.body();
      if (errorBody != null && documented.allowsBody()) {
        byte[] bytes = errorBody.toByteArray();
        this.body = ByteBuffer.wrap(bytes).asReadOnlyBuffer();
        this.contentType = new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, error.mediaType());
        this.contentLength = new PreEncodedHttpField(HttpHeader.CONTENT_LENGTH, Integer.toString(bytes.length));
      } else {
        this.body = null;
        this.contentType = null;
        this.contentLength = null;
      }
    }
  }
}
