package dev.errorcontract.examples.passport.spring;

import dev.errorcontract.examples.passport.PassportOptions;
import dev.errorcontract.examples.support.ServerMain;
import java.io.PrintStream;
import java.net.URI;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Passport example server on Spring Boot: the same registry endpoints, options and answers as
 * passport-api's Jersey server, from a Spring MVC application on embedded Tomcat that holds the
 * catalog (passport-core) and error-spring-webmvc and declares nothing of the library.
 *
 * <pre>{@code
 * java -jar passport-spring.jar [--host H] [--port N] [--rate-limit N] [--fault-injection]
 * }</pre>
 *
 * <p>The command line is the Jersey server's ({@link PassportOptions}), not Spring Boot's {@code
 * --name=value} properties: it is handed to Boot as {@code server.address} and {@code server.port}.
 */
public final class PassportSpringServer implements ServerMain.Server {

  private final ConfigurableApplicationContext context;
  private final URI uri;

  private PassportSpringServer(ConfigurableApplicationContext context, URI uri) {
    this.context = context;
    this.uri = uri;
  }

  /**
   * Starts a server; it runs until {@link #stop()}. Spring's exception when it cannot start, such as
   * when the port is taken (Boot logs why first), is {@code ServerMain}'s exit status 1.
   */
  public static PassportSpringServer start(PassportOptions options) {
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(PassportApplication.class)
            .bannerMode(Banner.Mode.OFF)
            .logStartupInfo(false)
            // ServerMain's hook stops the server; Boot's own would close the context a second time.
            .registerShutdownHook(false)
            .initializers(
                c -> c.getBeanFactory().registerSingleton("passportOptions", options))
            // As command-line properties, the highest precedence: nothing in the environment moves
            // the server away from the options given.
            .run(
                "--server.address=" + options.host(),
                "--server.port=" + options.port(),
                "--" + PassportApplication.FAULT_INJECTION + "=" + options.faultInjection());
    int port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
    return new PassportSpringServer(context, URI.create("http://" + host + ":" + port + "/"));
  }

  /** The base address, such as {@code http://127.0.0.1:8080/}. */
  @Override
  public URI uri() {
    return uri;
  }

  /** Stops the server: closes the application context, which stops Tomcat. */
  @Override
  public void stop() {
    context.close();
  }

  /** Runs the server until the process is stopped; see {@link PassportOptions#usage(String)}. */
  public static void main(String[] args) throws InterruptedException {
    ServerMain.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) throws InterruptedException {
    return ServerMain.run(
        "passport-spring",
        PassportOptions.usage("passport-spring.jar"),
        PassportOptions::parse,
        PassportSpringServer::start,
        args,
        out,
        err);
  }
}
