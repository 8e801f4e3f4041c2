package dev.errorcontract.examples.support;

import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Reads and discards what is left of a request's body once the application has answered, before the
 * exchange completes, so that the connection stays usable.
 *
 * <p>Why: an answer sent before the body was read (a 401 from an authentication filter, say) leaves
 * the rest of the body on its way; Jetty, finding it not yet arrived when the exchange completes,
 * closes the connection after the answer, which it has already committed without {@code Connection:
 * close}. A client that reuses the pooled connection for its next request then fails ({@code header
 * parser received no bytes} in java.net.http). Reading the rest first lets Jetty keep the connection.
 *
 * <p>The same reading lets a client that is still sending a body the application refused (a chunked
 * body over {@link BodyLimit}'s limit, whose read failed) finish sending and read the answer: closing a
 * connection with bytes of the client's still unread makes the kernel reset it, and a client then may
 * lose the answer it has not read yet ({@code header parser received no bytes} in java.net.http).
 *
 * <p>Bounded: past {@value #MAX_DRAINED} bytes, or when reading fails, the exchange completes at once
 * and Jetty closes the connection as before; a larger upload is not read to its end for an error
 * answer, and its client may see the connection reset instead of the answer. A client that stops
 * sending is left to Jetty's idle timeout.
 */
final class UnreadBodyDrain extends Handler.Wrapper {

  /**
   * The most bytes of an unread body read after the answer: enough for the bodies of megabytes a client
   * may send before it reads an answer (a 5 MB JSON body), not a large upload's.
   */
  static final long MAX_DRAINED = 16 << 20;

  UnreadBodyDrain(Handler next) {
    super(next);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    return super.handle(request, response, new Draining(request, callback));
  }

  /** Completes {@code callback} once the request's body is read to its end, or given up on. */
  private static final class Draining extends Callback.Nested {

    private final Request request;
    private long drained;

    Draining(Request request, Callback callback) {
      super(callback);
      this.request = request;
    }

    @Override
    public void succeeded() {
      drain();
    }

    private void drain() {
      while (true) {
        Content.Chunk chunk = request.read();
        if (chunk == null) {
          request.demand(this::drain);
          return;
        }
        boolean last = chunk.isLast();
        boolean failed = Content.Chunk.isFailure(chunk);
        drained += chunk.remaining();
        chunk.release();
        if (last || failed || drained > MAX_DRAINED) {
          super.succeeded();
          return;
        }
      }
    }
  }
}
