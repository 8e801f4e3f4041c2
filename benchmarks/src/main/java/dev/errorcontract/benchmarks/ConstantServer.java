package dev.errorcontract.benchmarks;

import jakarta.annotation.Priority;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.SeBootstrap;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Base64;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * The control server of benchmark 4: started like the Passport example (Jersey, {@link SeBootstrap},
 * jdk-http, root path {@code /}, WADL off, a resource at {@code /registry/signing-message}, an
 * authentication filter), but its filter answers every request with a hand-built constant {@link
 * Response}: a {@code Response.Status} constant, a static {@link MediaType} and pre-encoded bytes (the
 * very bytes the Passport server sends for its 401). No error-contract code runs in it.
 *
 * <p>Usage: {@code ConstantServer STATUS MEDIA_TYPE BASE64_BODY}; prints {@code listening on URI}.
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
      request.abortWith(Response.status(status).type(type).entity(body).build());
    }
  }

  public static void main(String[] args) throws Exception {
    Response.Status status = Response.Status.fromStatusCode(Integer.parseInt(args[0]));
    MediaType type = MediaType.valueOf(args[1]);
    byte[] body = Base64.getDecoder().decode(args[2]);
    ResourceConfig app =
        new ResourceConfig()
            .property(ServerProperties.WADL_FEATURE_DISABLE, true)
            .register(new ConstantFilter(status, type, body))
            .register(Registry.class);
    SeBootstrap.Configuration config =
        SeBootstrap.Configuration.builder().protocol("HTTP").host("127.0.0.1").port(0).rootPath("/")
            .build();
    SeBootstrap.Instance instance =
        SeBootstrap.start(app, config).toCompletableFuture().get(30, TimeUnit.SECONDS);
    System.out.println("listening on http://127.0.0.1:" + instance.configuration().port() + "/");
    System.out.flush();
    new CountDownLatch(1).await();
  }
}
