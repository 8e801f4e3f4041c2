package dev.errorcontract.examples.support;

import dev.errorcontract.catalog.ErrorTable;
import java.net.URI;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.jetty.JettyHttpContainer;
import org.glassfish.jersey.jetty.JettyHttpContainerFactory;
import org.glassfish.jersey.server.ContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * A Jersey application served by Jetty 12 at root path {@code /}, so that every path reaches JAX-RS,
 * and with Jetty's own error answers (malformed requests, oversized heads, failures outside JAX-RS)
 * replaced by the catalog's documented ones ({@link ProtocolErrorHandler}): no byte the catalog does
 * not document is sent, whatever arrives on the socket.
 *
 * <p>Why Jetty: Jetty sends every answer it makes itself, including those to requests it cannot parse,
 * through the one error handler of the {@link Server}; the JDK HTTP server writes fixed HTML pages
 * with no hook to change them.
 */
public final class JaxrsServer implements ServerMain.Server {

  private final Server server;
  private final URI uri;

  private JaxrsServer(Server server, URI uri) {
    this.server = server;
    this.uri = uri;
  }

  /**
   * Starts serving {@code application}; it runs until {@link #stop()}.
   *
   * @param errors the catalog that answers the errors of the HTTP layer itself
   * @param port the port to listen on; 0 picks a free one
   * @throws Exception when the server cannot start, such as when the port is taken
   */
  public static JaxrsServer start(ResourceConfig application, ErrorTable errors, String host, int port)
      throws Exception {
    String uriHost = host.contains(":") ? "[" + host + "]" : host;
    JettyHttpContainer container = ContainerFactory.createContainer(JettyHttpContainer.class, application);
    Server server =
        JettyHttpContainerFactory.createServer(
            URI.create("http://" + uriHost + ":" + port + "/"), null, container, false);
    ServerConnector connector = (ServerConnector) server.getConnectors()[0];
    // The factory binds all interfaces; the host given is the one to listen on.
    connector.setHost(host);
    HttpConfiguration http = connector.getConnectionFactory(HttpConnectionFactory.class).getHttpConfiguration();
    // "Server: Jetty(12...)" is not part of any documented answer.
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    // Jetty's own factory, but with connections that parse on one thread at a time: Jetty 12.0 can
    // release a request buffer twice after a malformed head (see OneFillerHttpConnectionFactory).
    connector.addConnectionFactory(new OneFillerHttpConnectionFactory(http));
    // A body left unread by an early answer (a 401) is read before the exchange ends, so that the
    // connection stays usable for the client's next request.
    // A body larger than any the examples take is refused before it is read (BodyLimit).
    server.setHandler(new QueryEncodingCheck(new UnreadBodyDrain(new BodyLimit(container))));
    server.setErrorHandler(new ProtocolErrorHandler(errors));
    // Stop at once: a stop waits for no request (the examples' requests are short).
    server.setStopTimeout(0);
    try {
      server.start();
    } catch (Exception e) {
      server.stop();
      throw e;
    }
    int bound = connector.getLocalPort();
    return new JaxrsServer(server, URI.create("http://" + uriHost + ":" + bound + "/"));
  }

  /** The base address, such as {@code http://127.0.0.1:8080/}. */
  @Override
  public URI uri() {
    return uri;
  }

  /** Stops the server and waits until it has. */
  @Override
  public void stop() throws Exception {
    server.stop();
  }
}
