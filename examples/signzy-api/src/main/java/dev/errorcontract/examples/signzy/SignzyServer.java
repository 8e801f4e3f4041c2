package dev.errorcontract.examples.signzy;

import jakarta.ws.rs.SeBootstrap;
import java.io.PrintStream;
import java.net.URI;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * The Signzy example server: PAN verification checked with an upstream registry, on embedded Jersey
 * started with the portable {@link SeBootstrap} API at root path {@code /}, so that every path reaches
 * JAX-RS and every error, an unknown path included, is answered from the catalog.
 *
 * <pre>{@code
 * java -jar signzy-api.jar [--host H] [--port N] [--request-limit N] [--upstream URL]
 *     [--upstream-timeout-ms N] [--fault-injection]
 * }</pre>
 */
public final class SignzyServer {

  /** Exit status for a command line that cannot be run. */
  static final int EXIT_USAGE = 2;

  private static final long START_TIMEOUT_SECONDS = 30;

  private final SeBootstrap.Instance instance;
  private final URI uri;
  private final RegistryClient registry;
  private final DemoRegistry demo;

  private SignzyServer(
      SeBootstrap.Instance instance, URI uri, RegistryClient registry, DemoRegistry demo) {
    this.instance = instance;
    this.uri = uri;
    this.registry = registry;
    this.demo = demo;
  }

  /**
   * Starts a server; it runs until {@link #stop()}.
   *
   * @throws Exception when the server cannot start, such as when the port is taken
   */
  public static SignzyServer start(SignzyOptions options) throws Exception {
    DemoRegistry demo = options.upstream() == null ? DemoRegistry.start() : null;
    URI upstream = demo != null ? demo.uri() : options.upstream();
    // resolve() appends "pans/..." to the base: a base without a trailing slash would lose its last
    // path segment.
    if (!upstream.getPath().endsWith("/")) {
      upstream = URI.create(upstream + "/");
    }
    RegistryClient registry = new RegistryClient(upstream, options.upstreamTimeout());
    ResourceConfig app =
        new ResourceConfig()
            // WADL needs JAXB, which this server does not ship; without this Jersey warns at start.
            .property(ServerProperties.WADL_FEATURE_DISABLE, true)
            .register(SignzyFeature.feature())
            .register(
                new TokenFilter(
                    Set.of(TokenFilter.DEMO_TOKEN),
                    new RequestLimiter(
                        options.requestLimit(), TimeUnit.MINUTES.toNanos(1), System::nanoTime)))
            .registerInstances(new PanResource(registry));
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
      registry.close();
      if (demo != null) {
        demo.close();
      }
      throw e.getCause() instanceof Exception ? (Exception) e.getCause() : e;
    }
    // With port 0 the configuration of the running instance holds the port actually bound.
    int port = instance.configuration().port();
    String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
    return new SignzyServer(
        instance, URI.create("http://" + host + ":" + port + "/"), registry, demo);
  }

  /** The base address, such as {@code http://127.0.0.1:8080/}. */
  public URI uri() {
    return uri;
  }

  /** Stops the server and waits (boundedly) until it has. */
  public void stop() throws InterruptedException, ExecutionException, TimeoutException {
    try {
      instance.stop().toCompletableFuture().get(10, TimeUnit.SECONDS);
    } finally {
      registry.close();
      if (demo != null) {
        demo.close();
      }
    }
  }

  /** Runs the server until the process is stopped; see {@link SignzyOptions#USAGE}. */
  public static void main(String[] args) throws InterruptedException {
    int status = run(args, System.out, System.err);
    // Only a failure needs an explicit exit status; after a normal stop the JVM is ending already.
    if (status != 0) {
      System.exit(status);
    }
  }

  static int run(String[] args, PrintStream out, PrintStream err) throws InterruptedException {
    SignzyOptions options;
    try {
      options = SignzyOptions.parse(Arrays.asList(args));
    } catch (SignzyOptions.UsageException e) {
      err.println("signzy-api: " + e.getMessage());
      err.println(SignzyOptions.USAGE);
      return EXIT_USAGE;
    }
    if (options == null) {
      out.println(SignzyOptions.USAGE);
      return 0;
    }
    SignzyServer server;
    try {
      server = start(options);
    } catch (Exception e) {
      err.println(
          "signzy-api: cannot listen on " + options.host() + ":" + options.port() + ": " + e);
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
