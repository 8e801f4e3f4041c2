package dev.errorcontract.examples.support;

import java.io.IOException;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Refuses a request body larger than the examples ever take ({@value #MAX_BODY} bytes), before the
 * application reads it: the resources read a body whole into memory and parse it, which for a body of
 * megabytes took seconds on a loaded machine (a 5 MB body: 6 to 10 s on a fresh server) for an answer
 * that could only be an error.
 *
 * <p>A {@code Content-Length} over the limit is answered at once, before a byte of the body is read,
 * with Jetty's 413 through the server's error handler ({@link ProtocolErrorHandler}), that is with the
 * catalog's answer for an undocumented 4xx ({@code ErrorTable.forStatus(413)}; both examples: their
 * 400). Jetty adds {@code Connection: close}, as the body is not read to its end. A body of no declared
 * length (chunked) is read up to the limit; the read past it fails, so the application gets the same
 * failure as for any body it cannot read, and the JAX-RS glue answers the catalog's unreadable-body
 * answer (both examples: their 400).
 */
final class BodyLimit extends Handler.Wrapper {

  /** The largest body read: the examples' bodies are JSON objects of a few hundred bytes. */
  static final long MAX_BODY = 64 * 1024;

  BodyLimit(Handler next) {
    super(next);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    long length = request.getLength();
    if (length > MAX_BODY) {
      Response.writeError(request, response, callback, HttpStatus.PAYLOAD_TOO_LARGE_413);
      return true;
    }
    return super.handle(length >= 0 ? request : new Limited(request), response, callback);
  }

  /** A request of no declared length whose reads fail once past {@link #MAX_BODY} bytes. */
  private static final class Limited extends Request.Wrapper {

    private long read;
    private Content.Chunk tooLarge;

    Limited(Request request) {
      super(request);
    }

    @Override
    public Content.Chunk read() {
      if (tooLarge != null) {
        return tooLarge;
      }
      Content.Chunk chunk = super.read();
      if (chunk == null || Content.Chunk.isFailure(chunk)) {
        return chunk;
      }
      read += chunk.remaining();
      if (read <= MAX_BODY) {
        return chunk;
      }
      chunk.release();
      tooLarge = Content.Chunk.from(new IOException("body over " + MAX_BODY + " bytes"), true);
      return tooLarge;
    }
  }
}
