package dev.errorcontract.servlet;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcontract.catalog.internal.GuardedInstanceSupplier;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.SeBootstrap;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Application;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 25 in a servlet container: one RESTEasy server on Undertow ({@code SeBootstrap}, 127.0.0.1, port 0,
 * root path {@code /}, this module's error pages added by {@code UndertowErrorPages}) with one catalog's
 * feature, a filter throwing an {@code Error} (which no mapper sees: the container answers it) and
 * resources throwing each catalog's exception. This module's surefire runs each test class in a JVM of
 * its own, so the container answers for the one catalog the class deploys ({@code DeployedTables}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class InstanceServer {

  static final Pattern UUID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}");

  /** Throws an {@code Error} for every path under {@code /failing-filter}: the container answers it. */
  @PreMatching
  public static class FailingFilter implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
      if (request.getUriInfo().getPath().startsWith("/failing-filter")) {
        throw new AssertionError("hunter2 internals");
      }
    }
  }

  /** Throws each catalog's exception. */
  @Path("/thrown")
  public static class Thrown {
    @GET
    @Path("mailchimp")
    public String mailchimp() {
      throw new MailchimpException.BadRequest();
    }

    @GET
    @Path("supplied/{how}")
    public String supplied() {
      throw new SuppliedException.OutOfStock();
    }
  }

  static final List<LogRecord> RECORDS = new CopyOnWriteArrayList<>();
  private static final Handler CAPTURE =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          RECORDS.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
  /** Held so that the handlers stay (JUL keeps loggers weakly). */
  private static final List<Logger> LOGGERS = List.of(
      Logger.getLogger("dev.errorcontract.servlet"), Logger.getLogger(GuardedInstanceSupplier.LOGGER));

  @BeforeAll
  static void capture() {
    LOGGERS.forEach(l -> l.addHandler(CAPTURE));
  }

  @AfterAll
  static void release() {
    LOGGERS.forEach(l -> l.removeHandler(CAPTURE));
  }

  private SeBootstrap.Instance server;
  private URI base;
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  abstract Class<?> feature();

  @BeforeAll
  void start() throws Exception {
    Application application =
        new Application() {
          @Override
          public Set<Class<?>> getClasses() {
            return Set.of(Thrown.class, FailingFilter.class, feature());
          }
        };
    SeBootstrap.Configuration configuration =
        SeBootstrap.Configuration.builder()
            .protocol("HTTP").host("127.0.0.1").port(0).rootPath("/").build();
    server = SeBootstrap.start(application, configuration).toCompletableFuture().get(30, TimeUnit.SECONDS);
    base = URI.create("http://127.0.0.1:" + server.configuration().port() + "/");
  }

  @AfterAll
  void stop() throws Exception {
    if (server != null) {
      server.stop().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }
  }

  HttpResponse<byte[]> get(String path) throws Exception {
    return client.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  static void assertAnswer(int status, String contentType, String body, HttpResponse<byte[]> response) {
    assertEquals(status, response.statusCode(), () -> new String(response.body(), UTF_8));
    assertEquals(List.of(contentType), response.headers().allValues("Content-Type"));
    assertEquals(body, new String(response.body(), UTF_8));
  }
}
