package dev.errorcontract.examples.support;

import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.internal.HttpConnection;

/**
 * Jetty's HTTP/1.1 connection factory, whose connections never run their fill-and-parse loop ({@link
 * HttpConnection#onFillable()}) on two threads at once. Works around a race in Jetty 12.0 (seen in
 * 12.0.27 and 12.0.40) that releases a connection's pooled request buffer twice.
 *
 * <p>The race: when the parser rejects a request head (a header without a colon, a control character
 * in a value, no {@code Host}: Jetty's 400), {@code HttpConnection.RequestHandler.badMessage} hands the
 * error answer to another thread and the thread that parsed goes on in {@code onFillable}, which then
 * releases the request buffer. The error answer, once written, completes the exchange; as the
 * connection was not marked as handling a request, the completion resumes {@code onFillable} on a
 * third thread. When that third thread reaches the request buffer before the first has released and
 * forgotten it, both release the same buffer: {@code IllegalStateException: already released
 * ReferenceCounter} from {@code HttpConnection.releaseRequestBuffer} ({@code QueuedThreadPool}'s "Job
 * failed" in the log). A buffer released twice can be handed to two connections at once by the pool,
 * and one request's bytes read as another's.
 *
 * <p>With this factory the resumed loop waits for the first to end. The lock is contended only in
 * that case: otherwise Jetty starts a connection's next loop only after the previous one returned,
 * and while a loop runs the application, content and writes complete through other callbacks, never
 * through {@code onFillable}.
 */
final class OneFillerHttpConnectionFactory extends HttpConnectionFactory {

  OneFillerHttpConnectionFactory(HttpConfiguration configuration) {
    super(configuration);
  }

  /** As {@link HttpConnectionFactory#newConnection}, with a connection that fills on one thread. */
  @Override
  public Connection newConnection(Connector connector, EndPoint endPoint) {
    HttpConnection connection = new OneFillerConnection(getHttpConfiguration(), connector, endPoint);
    connection.setUseInputDirectByteBuffers(isUseInputDirectByteBuffers());
    connection.setUseOutputDirectByteBuffers(isUseOutputDirectByteBuffers());
    return configure(connection, connector, endPoint);
  }

  /** A connection whose {@code onFillable} runs under a lock of its own. */
  static final class OneFillerConnection extends HttpConnection {

    private final ReentrantLock filling = new ReentrantLock();

    OneFillerConnection(HttpConfiguration configuration, Connector connector, EndPoint endPoint) {
      super(configuration, connector, endPoint);
    }

    @Override
    public void onFillable() {
      filling.lock();
      try {
        super.onFillable();
      } finally {
        filling.unlock();
      }
    }
  }
}
