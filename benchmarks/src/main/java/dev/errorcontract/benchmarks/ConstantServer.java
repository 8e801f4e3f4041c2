package dev.errorcontract.benchmarks;

import dev.errorcontract.examples.support.JaxrsServer;
import jakarta.annotation.Priority;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Base64;
import java.util.concurrent.CountDownLatch;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * The control server of benchmark 4: started like the Passport example (Jersey on Jetty 12 through
 * the examples' {@link JaxrsServer}, root path {@code /}, WADL off, a resource at {@code
 * /registry/signing-message}, an authentication filter), but its filter answers every request with a
 * hand-built constant {@link Response}: a {@code Response.Status} constant, a static {@link MediaType}
 * and pre-encoded bytes (the very bytes the Passport server sends for its 401). No error-contract code
 * runs on the measured requests (only Jetty's error handler answers from a catalog, for requests Jetty
 * cannot parse, and none are sent).
 *
 * <p>Two modes: {@code abort}, the filter calls {@code abortWith(response)}, the cheapest answer
 * Jersey has; {@code mapper}, the filter throws a stackless exception (as the generated 4xx are) that a
 * hand-written mapper answers with the constant Response, the same control flow as the Passport
 * server, so that the difference to it is only what error-contract does.
 *
 * <p>Usage: {@code ConstantServer abort|mapper STATUS MEDIA_TYPE BASE64_BODY [NAME VALUE]...}, the
 * trailing pairs being headers the response carries (the Passport 401 declares {@code
 * WWW-Authenticate}); prints {@code listening on URI}.
 */
public final class ConstantServer {

  private ConstantServer() {}

  @Path("/registry")
  public static final class Registry {
    @GET
    @Path("/signing-message")
    public String signingMessage() {
      return "{}";
    }
  }

  /** Thrown by the filter in mode {@code mapper}; no stack trace, like a generated 4xx. */
  static final class Denied extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Denied() {
      super(null, null, false, false);
    }
  }

  @Priority(Priorities.AUTHENTICATION)
  static final class ThrowingFilter implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
      throw new Denied();
    }
  }

  static final class ConstantMapper implements jakarta.ws.rs.ext.ExceptionMapper<Denied> {
    private final Response.Status status;
    private final MediaType type;
    private final byte[] body;

    ConstantMapper(Response.Status status, MediaType type, byte[] body) {
      this.status = status;
      this.type = type;
      this.body = body;
    }

    @Override
    public Response toResponse(Denied e) {
      return constant(status, type, body);
    }
  }

  @Priority(Priorities.AUTHENTICATION)
  static final class ConstantFilter implements ContainerRequestFilter {
    private final Response.Status status;
    private final MediaType type;
    private final byte[] body;

    ConstantFilter(Response.Status status, MediaType type, byte[] body) {
      this.status = status;
      this.type = type;
      this.body = body;
    }

    @Override
    public void filter(ContainerRequestContext request) {
      request.abortWith(constant(status, type, body));
    }
  }

  /** Headers every response carries, as name, value, name, value... */
  private static String[] headers = new String[0];

  static Response constant(Response.Status status, MediaType type, byte[] body) {
    Response.ResponseBuilder builder = Response.status(status).type(type).entity(body);
    for (int i = 0; i < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    return builder.build();
  }

  public static void main(String[] args) throws Exception {
    headers = java.util.Arrays.copyOfRange(args, 4, args.length);
    boolean abort = args[0].equals("abort");
    Response.Status status = Response.Status.fromStatusCode(Integer.parseInt(args[1]));
    MediaType type = MediaType.valueOf(args[2]);
    byte[] body = Base64.getDecoder().decode(args[3]);
    ResourceConfig app =
        new ResourceConfig()
            .property(ServerProperties.WADL_FEATURE_DISABLE, true)
            .register(Registry.class);
    if (abort) {
      app.register(new ConstantFilter(status, type, body));
    } else {
      app.register(new ThrowingFilter()).register(new ConstantMapper(status, type, body));
    }
    // The HTTP layer's own errors answer from a catalog, as in the Passport server; none is measured.
    JaxrsServer server = JaxrsServer.start(app, BenchError.table(), "127.0.0.1", 0);
    System.out.println("listening on " + server.uri());
    System.out.flush();
    new CountDownLatch(1).await();
  }
}
