package dev.errorcontract.examples.signzy;

import dev.errorcontract.examples.support.DebugResource;
import dev.errorcontract.examples.support.FixedWindowLimiter;
import dev.errorcontract.examples.support.InstanceResources;
import dev.errorcontract.examples.support.JaxrsServer;
import dev.errorcontract.examples.support.ServerMain;
import dev.errorcontract.jaxrs.ErrorContractFeature;
import java.io.PrintStream;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * The Signzy example server: PAN verification checked with an upstream registry, on Jersey and Jetty
 * 12 at root path {@code /} (see {@link JaxrsServer}), so that every path reaches JAX-RS and every
 * error, an unknown path and a request the HTTP layer cannot parse included, is answered from the
 * catalog.
 *
 * <pre>{@code
 * java -jar signzy-api.jar [--host H] [--port N] [--request-limit N] [--upstream URL]
 *     [--upstream-timeout-ms N] [--fault-injection]
 * }</pre>
 */
public final class SignzyServer implements ServerMain.Server {

  private final JaxrsServer server;
  private final RegistryClient registry;
  private final DemoRegistry demo;

  private SignzyServer(JaxrsServer server, RegistryClient registry, DemoRegistry demo) {
    this.server = server;
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
    ErrorContractFeature errors = SignzyFeature.feature();
    ResourceConfig app =
        new ResourceConfig()
            // WADL needs JAXB, which this server does not ship; without this Jersey warns at start.
            .property(ServerProperties.WADL_FEATURE_DISABLE, true)
            .register(errors)
            .register(
                new TokenFilter(
                    Set.of(TokenFilter.DEMO_TOKEN),
                    new FixedWindowLimiter(
                        options.requestLimit(), TimeUnit.MINUTES.toNanos(1), System::nanoTime)))
            .registerResources(InstanceResources.of(new PanResource(registry)));
    if (options.faultInjection()) {
      app.register(DebugResource.class);
    }
    JaxrsServer server;
    try {
      server = JaxrsServer.start(app, errors.table(), options.host(), options.port());
    } catch (Exception e) {
      closeUpstream(registry, demo);
      throw e;
    }
    return new SignzyServer(server, registry, demo);
  }

  /** The base address, such as {@code http://127.0.0.1:8080/}. */
  @Override
  public URI uri() {
    return server.uri();
  }

  /** Stops the server and waits (boundedly) until it has. */
  @Override
  public void stop() throws Exception {
    try {
      server.stop();
    } finally {
      closeUpstream(registry, demo);
    }
  }

  private static void closeUpstream(RegistryClient registry, DemoRegistry demo) {
    registry.close();
    if (demo != null) {
      demo.close();
    }
  }

  /** Runs the server until the process is stopped; see {@link SignzyOptions#USAGE}. */
  public static void main(String[] args) throws InterruptedException {
    ServerMain.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) throws InterruptedException {
    return ServerMain.run(
        "signzy-api",
        SignzyOptions.USAGE,
        SignzyOptions::parse,
        SignzyServer::start,
        args,
        out,
        err);
  }
}
