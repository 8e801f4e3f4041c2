package dev.errorcontract.examples.support;

import java.io.IOException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
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
 * <p>A {@code Content-Length} over the limit never reaches the application: the body is read and
 * discarded (up to {@link UnreadBodyDrain#MAX_DRAINED} bytes; see {@link Discard} why), then answered
 * with Jetty's 413 through the server's error handler ({@link ProtocolErrorHandler}), that is with the
 * catalog's answer for an undocumented 4xx ({@code ErrorTable.forStatus(413)}; both examples: their
 * 400). A larger body, or one whose client waits for {@code 100 Continue}, is answered at once, and
 * Jetty closes the connection ({@code Connection: close}). A body of no declared length (chunked) is
 * read up to the limit; the read past it fails, so the application gets the same failure as for any
 * body it cannot read, and the JAX-RS glue answers the catalog's unreadable-body answer (both
 * examples: their 400); {@link UnreadBodyDrain} reads the rest after the answer.
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
      Runnable refuse =
          () -> Response.writeError(request, response, callback, HttpStatus.PAYLOAD_TOO_LARGE_413);
      boolean waitsForContinue =
          request.getHeaders().contains(HttpHeader.EXPECT, HttpHeaderValue.CONTINUE.asString());
      if (length <= UnreadBodyDrain.MAX_DRAINED && !waitsForContinue) {
        new Discard(request, refuse).run();
      } else {
        refuse.run();
      }
      return true;
    }
    return super.handle(length >= 0 ? request : new Limited(request), response, callback);
  }

  /**
   * Reads a body to its end, discarding it, then runs {@code then}; on a failed read, runs it at
   * once. Why the whole body before the answer: answered first, the connection was closed while the
   * client was still sending (Jetty marks it not persistent for the unread body), the kernel reset
   * it, and the client lost the answer (java.net.http, 1 time in 30: {@code header parser received
   * no bytes}). Read first, the answer goes out on a connection that stays usable.
   */
  private static final class Discard implements Runnable {

    private final Request request;
    private final Runnable then;

    Discard(Request request, Runnable then) {
      this.request = request;
      this.then = then;
    }

    @Override
    public void run() {
      while (true) {
        Content.Chunk chunk = request.read();
        if (chunk == null) {
          request.demand(this);
          return;
        }
        chunk.release();
        if (chunk.isLast() || Content.Chunk.isFailure(chunk)) {
          then.run();
          return;
        }
      }
    }
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
