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
 * <p>Bounded: past {@value #MAX_DRAINED} bytes, or when reading fails, the exchange completes at once
 * and Jetty closes the connection as before; nobody's upload is read to its end for a 401.
 */
final class UnreadBodyDrain extends Handler.Wrapper {

  /** The most bytes of an unread body read to keep a connection: a large upload is not worth it. */
  static final long MAX_DRAINED = 1 << 20;

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
