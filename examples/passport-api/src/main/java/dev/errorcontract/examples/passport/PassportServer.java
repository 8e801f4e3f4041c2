package dev.errorcontract.examples.passport;

import jakarta.ws.rs.SeBootstrap;
import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * The Passport example server: the Passport API's registry endpoints on embedded Jersey, started with
 * the portable {@link SeBootstrap} API at root path {@code /}, so that every path reaches JAX-RS and
 * every error, an unknown path included, is answered from the catalog.
 *
 * <pre>{@code
 * java -jar passport-api.jar [--host H] [--port N] [--rate-limit N] [--fault-injection]
 * }</pre>
 */
public final class PassportServer {

  /** Exit status for a command line that cannot be run. */
  static final int EXIT_USAGE = 2;

  private static final long START_TIMEOUT_SECONDS = 30;

  private final SeBootstrap.Instance instance;
  private final URI uri;

  private PassportServer(SeBootstrap.Instance instance, URI uri) {
    this.instance = instance;
    this.uri = uri;
  }

  /**
   * Starts a server; it runs until {@link #stop()}.
   *
   * @throws Exception when the server cannot start, such as when the port is taken
   */
  public static PassportServer start(PassportOptions options) throws Exception {
    PassportData data = new PassportData();
    Clock clock = Clock.systemUTC();
    ResourceConfig app =
        new ResourceConfig()
            // WADL needs JAXB, which this server does not ship; without this Jersey warns at start.
            .property(ServerProperties.WADL_FEATURE_DISABLE, true)
            .register(PassportFeature.feature())
            .register(
                new ApiKeyFilter(
                    data,
                    new RateLimiter(
                        options.rateLimit(), TimeUnit.MINUTES.toNanos(1), System::nanoTime)))
            .registerInstances(new RegistryResource(data, new NonceStore(options.nonceTtl(), clock), clock));
    if (options.faultInjection()) {
      app.registerInstances(new DebugResource());
    }
    SeBootstrap.Configuration config =
        SeBootstrap.Configuration.builder()
            .protocol("HTTP")
            .host(options.host())
            .port(options.port())
            .rootPath("/")
            .build();
    SeBootstrap.Instance instance;
    try {
      instance =
          SeBootstrap.start(app, config)
              .toCompletableFuture()
              .get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof Exception ? (Exception) e.getCause() : e;
    }
    // With port 0 the configuration of the running instance holds the port actually bound.
    int port = instance.configuration().port();
    String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
    return new PassportServer(instance, URI.create("http://" + host + ":" + port + "/"));
  }

  /** The base address, such as {@code http://127.0.0.1:8080/}. */
  public URI uri() {
    return uri;
  }

  /** Stops the server and waits (boundedly) until it has. */
  public void stop() throws InterruptedException, ExecutionException, TimeoutException {
    instance.stop().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  /** Runs the server until the process is stopped; see {@link PassportOptions#USAGE}. */
  public static void main(String[] args) throws InterruptedException {
    int status = run(args, System.out, System.err);
    // Only a failure needs an explicit exit status; after a normal stop the JVM is ending already.
    if (status != 0) {
      System.exit(status);
    }
  }

  static int run(String[] args, PrintStream out, PrintStream err) throws InterruptedException {
    PassportOptions options;
    try {
      options = PassportOptions.parse(Arrays.asList(args));
    } catch (PassportOptions.UsageException e) {
      err.println("passport-api: " + e.getMessage());
      err.println(PassportOptions.USAGE);
      return EXIT_USAGE;
    }
    if (options == null) {
      out.println(PassportOptions.USAGE);
      return 0;
    }
    PassportServer server;
    try {
      server = start(options);
    } catch (Exception e) {
      err.println(
          "passport-api: cannot listen on " + options.host() + ":" + options.port() + ": " + e);
      return 1;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    server.stop();
                  } catch (Exception e) {
                    // The process is ending anyway; nothing is left to clean up.
                  } finally {
                    stopped.countDown();
                  }
                }));
    out.println("listening on " + server.uri());
    out.flush();
    stopped.await();
    return 0;
  }
}
