package dev.errorcontract.examples.passport;

import dev.errorcontract.examples.support.DebugResource;
import dev.errorcontract.examples.support.FixedWindowLimiter;
import dev.errorcontract.examples.support.InstanceResources;
import dev.errorcontract.examples.support.JaxrsServer;
import dev.errorcontract.examples.support.ServerMain;
import dev.errorcontract.jaxrs.ErrorContractFeature;
import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * The Passport example server: the Passport API's registry endpoints on Jersey and Jetty 12 at root
 * path {@code /} (see {@link JaxrsServer}), so that every path reaches JAX-RS and every error, an
 * unknown path and a request the HTTP layer cannot parse included, is answered from the catalog.
 *
 * <pre>{@code
 * java -jar passport-api.jar [--host H] [--port N] [--rate-limit N] [--fault-injection]
 * }</pre>
 */
public final class PassportServer implements ServerMain.Server {

  private final JaxrsServer server;

  private PassportServer(JaxrsServer server) {
    this.server = server;
  }

  /**
   * Starts a server; it runs until {@link #stop()}.
   *
   * @throws Exception when the server cannot start, such as when the port is taken
   */
  public static PassportServer start(PassportOptions options) throws Exception {
    PassportData data = new PassportData();
    Clock clock = Clock.systemUTC();
    // The catalog is compiled in passport-core, without JAX-RS on its class path, so no PassportFeature
    // is generated for it: the feature of its table is the same registration.
    ErrorContractFeature errors = ErrorContractFeature.of(PassportError.table());
    ResourceConfig app =
        new ResourceConfig()
            // WADL needs JAXB, which this server does not ship; without this Jersey warns at start.
            .property(ServerProperties.WADL_FEATURE_DISABLE, true)
            .register(errors)
            .register(
                new ApiKeyFilter(
                    errors,
                    data,
                    new FixedWindowLimiter(
                        options.rateLimit(), TimeUnit.MINUTES.toNanos(1), System::nanoTime)))
            .registerResources(
                InstanceResources.of(
                    new RegistryResource(data, new NonceStore(options.nonceTtl(), clock), clock)));
    if (options.faultInjection()) {
      app.register(DebugResource.class);
    }
    return new PassportServer(
        JaxrsServer.start(app, errors.table(), options.host(), options.port()));
  }

  /** The base address, such as {@code http://127.0.0.1:8080/}. */
  @Override
  public URI uri() {
    return server.uri();
  }

  /** Stops the server and waits (boundedly) until it has. */
  @Override
  public void stop() throws Exception {
    server.stop();
  }

  /** Runs the server until the process is stopped; see {@link PassportOptions#USAGE}. */
  public static void main(String[] args) throws InterruptedException {
    ServerMain.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) throws InterruptedException {
    return ServerMain.run(
        "passport-api",
        PassportOptions.USAGE,
        PassportOptions::parse,
        PassportServer::start,
        args,
        out,
        err);
  }
}
