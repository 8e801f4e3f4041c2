package dev.errorcontract.examples.support;

import jakarta.ws.rs.SeBootstrap;
import jakarta.ws.rs.core.Application;
import java.net.URI;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * An application served over HTTP with the portable {@link SeBootstrap} API at root path {@code /},
 * so that every path reaches JAX-RS and every error, an unknown path included, is answered from the
 * application's catalog. Which implementation serves it is whichever the class path holds.
 */
public final class JaxrsServer implements ServerMain.Server {

  private static final long START_TIMEOUT_SECONDS = 30;
  private static final long STOP_TIMEOUT_SECONDS = 10;

  private static final String NO_DELAY = "sun.net.httpserver.nodelay";

  private final SeBootstrap.Instance instance;
  private final URI uri;

  private JaxrsServer(SeBootstrap.Instance instance, URI uri) {
    this.instance = instance;
    this.uri = uri;
  }

  /**
   * Starts serving {@code application}; it runs until {@link #stop()}.
   *
   * @param port the port to listen on; 0 picks a free one
   * @throws Exception when the server cannot start, such as when the port is taken
   */
  public static JaxrsServer start(Application application, String host, int port)
      throws Exception {
    // The JDK HTTP server under Jersey otherwise sends a response's head and body in two segments with
    // Nagle's algorithm on, and delayed ACKs cap each kept-alive connection at about 25 responses per
    // second (measured in benchmarks/). Read when the server class loads, so set before starting.
    if (System.getProperty(NO_DELAY) == null) {
      System.setProperty(NO_DELAY, "true");
    }
    SeBootstrap.Configuration config =
        SeBootstrap.Configuration.builder()
            .protocol("HTTP")
            .host(host)
            .port(port)
            .rootPath("/")
            .build();
    SeBootstrap.Instance instance;
    try {
      instance =
          SeBootstrap.start(application, config)
              .toCompletableFuture()
              .get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      // The cause says why (such as the port being taken); the wrapper would only hide it.
      throw e.getCause() instanceof Exception ? (Exception) e.getCause() : e;
    }
    // With port 0 the configuration of the running instance holds the port actually bound.
    int bound = instance.configuration().port();
    String uriHost = host.contains(":") ? "[" + host + "]" : host;
    return new JaxrsServer(instance, URI.create("http://" + uriHost + ":" + bound + "/"));
  }

  /** The base address, such as {@code http://127.0.0.1:8080/}. */
  @Override
  public URI uri() {
    return uri;
  }

  /** Stops the server and waits (boundedly) until it has. */
  @Override
  public void stop() throws InterruptedException, ExecutionException, TimeoutException {
    instance.stop().toCompletableFuture().get(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
  }
}
