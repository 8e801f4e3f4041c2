package dev.errorcontract.benchmarks;

import dev.errorcontract.jaxrs.ErrorContractFeature;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerException;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.server.spi.ContainerResponseWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Benchmark 5, the server side of benchmark 4 without the network: one request through Jersey's whole
 * request pipeline in this thread ({@link ApplicationHandler#handle}: routing, the request filter, the
 * answer, the response filters, the writer), its bytes written to a {@link Sink}. The HTTP benchmark
 * measures the same on a real server, where the load generator, the kernel and Jetty share 2 cores
 * with it and spread its rounds by ±5-10%; here the library's share of a request is all that differs.
 *
 * <p>An application with a resource at {@code GET /registry/signing-message} and an authentication
 * filter, answering {@code 400 application/problem+json} with the catalog's "Invalid nonce" body:
 *
 * <ul>
 *   <li>{@code contractAbortWith}: the generated feature registered, the filter aborts with {@code
 *       errors.toResponse(new BenchException.InvalidNonce())}, as the Passport example does;
 *   <li>{@code contractThrown}: the same application, the filter throws the exception, which the
 *       generated mapper answers;
 *   <li>{@code constantAbortWith}: no error-contract at all, the filter aborts with a hand-built
 *       constant {@link Response} holding the same bytes (the cheapest answer Jersey has: the target's
 *       baseline);
 *   <li>{@code constantThrown}: no error-contract, the filter throws a stackless exception that a
 *       hand-written mapper answers with that constant Response (the exception, the mapper and the
 *       Response are those of {@link ConstantServer}, the HTTP benchmark's control).
 * </ul>
 *
 * <p>Setup checks that the four answer the same status, media type and bytes, so that a change to the
 * catalog or the library cannot make them measure different answers.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class JerseyPipelineBenchmark {

  private static final URI BASE = URI.create("http://127.0.0.1:8080/");
  private static final URI REQUEST = URI.create("http://127.0.0.1:8080/registry/signing-message");

  private ApplicationHandler contractAbortWith;
  private ApplicationHandler contractThrown;
  private ApplicationHandler constantAbortWith;
  private ApplicationHandler constantThrown;
  private final Writer writer = new Writer();

  @Setup
  public void setUp() {
    ErrorContractFeature errors = BenchFeature.feature();
    contractAbortWith =
        handler(
            new ResourceConfig()
                .register(errors)
                .register(
                    new Filter(
                        request ->
                            request.abortWith(errors.toResponse(new BenchException.InvalidNonce())))));
    contractThrown =
        handler(
            new ResourceConfig()
                .register(errors)
                .register(
                    new Filter(
                        request -> {
                          throw new BenchException.InvalidNonce();
                        })));
    Answer reference = answer(contractAbortWith);
    Response.Status status = Response.Status.fromStatusCode(reference.status);
    MediaType type = MediaType.valueOf(reference.contentType);
    byte[] body = reference.body;
    constantAbortWith =
        handler(
            new ResourceConfig()
                .register(new Filter(request -> request.abortWith(ConstantServer.constant(status, type, body)))));
    constantThrown =
        handler(
            new ResourceConfig()
                .register(
                    new Filter(
                        request -> {
                          throw new ConstantServer.Denied();
                        }))
                .register(new ConstantServer.ConstantMapper(status, type, body)));
    for (ApplicationHandler other :
        new ApplicationHandler[] {contractThrown, constantAbortWith, constantThrown}) {
      Answer answer = answer(other);
      if (!answer.equals(reference)) {
        throw new IllegalStateException("answers differ: " + reference + " and " + answer);
      }
    }
  }

  @Benchmark
  public int contractAbortWith() {
    return handle(contractAbortWith);
  }

  @Benchmark
  public int contractThrown() {
    return handle(contractThrown);
  }

  @Benchmark
  public int constantAbortWith() {
    return handle(constantAbortWith);
  }

  @Benchmark
  public int constantThrown() {
    return handle(constantThrown);
  }

  private int handle(ApplicationHandler handler) {
    writer.out = writer.sink;
    ContainerRequest request = request(handler);
    request.setWriter(writer);
    handler.handle(request);
    return writer.status;
  }

  private static ApplicationHandler handler(ResourceConfig application) {
    return new ApplicationHandler(
        application
            .property(ServerProperties.WADL_FEATURE_DISABLE, true)
            .register(ConstantServer.Registry.class));
  }

  private static ContainerRequest request(ApplicationHandler handler) {
    ContainerRequest request =
        new ContainerRequest(
            BASE, REQUEST, "GET", Insecure.CONTEXT, new MapPropertiesDelegate(),
            handler.getConfiguration());
    request.header("Host", "127.0.0.1:8080");
    request.header("Accept", "*/*");
    return request;
  }

  private Answer answer(ApplicationHandler handler) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    writer.out = bytes;
    ContainerRequest request = request(handler);
    request.setWriter(writer);
    handler.handle(request);
    return new Answer(writer.status, writer.contentType, bytes.toByteArray());
  }

  /** The application's authentication filter: what it does is the measured variable. */
  @Priority(Priorities.AUTHENTICATION)
  static final class Filter implements ContainerRequestFilter {
    private final Consumer<ContainerRequestContext> action;

    Filter(Consumer<ContainerRequestContext> action) {
      this.action = action;
    }

    @Override
    public void filter(ContainerRequestContext request) {
      action.accept(request);
    }
  }

  private static final class Answer {
    final int status;
    final String contentType;
    final byte[] body;

    Answer(int status, String contentType, byte[] body) {
      this.status = status;
      this.contentType = contentType;
      this.body = body;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Answer
          && ((Answer) o).status == status
          && ((Answer) o).contentType.equals(contentType)
          && Arrays.equals(((Answer) o).body, body);
    }

    @Override
    public int hashCode() {
      return status;
    }

    @Override
    public String toString() {
      return status + " " + contentType + " " + new String(body, StandardCharsets.UTF_8);
    }
  }

  /** Stands for the container: takes the status and headers as a container does, writes to a sink. */
  private static final class Writer implements ContainerResponseWriter {
    final Sink sink = new Sink();
    OutputStream out;
    int status;
    String contentType;

    @Override
    public OutputStream writeResponseStatusAndHeaders(long contentLength, ContainerResponse response)
        throws ContainerException {
      status = response.getStatus();
      contentType = response.getHeaderString("Content-Type");
      return out;
    }

    @Override
    public boolean suspend(long timeOut, TimeUnit timeUnit, TimeoutHandler timeoutHandler) {
      return false;
    }

    @Override
    public void setSuspendTimeout(long timeOut, TimeUnit timeUnit) {}

    @Override
    public void commit() {}

    @Override
    public void failure(Throwable error) {
      throw new IllegalStateException(error);
    }

    @Override
    public boolean enableResponseBuffering() {
      return true;
    }
  }

  /** The security context of a plain HTTP request: Jersey requires one. */
  private enum Insecure implements SecurityContext {
    CONTEXT;

    @Override
    public Principal getUserPrincipal() {
      return null;
    }

    @Override
    public boolean isUserInRole(String role) {
      return false;
    }

    @Override
    public boolean isSecure() {
      return false;
    }

    @Override
    public String getAuthenticationScheme() {
      return null;
    }
  }
}
