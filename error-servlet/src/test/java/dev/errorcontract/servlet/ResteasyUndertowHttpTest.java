package dev.errorcontract.servlet;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcontract.integration.corpus.CorpusFilters;
import dev.errorcontract.integration.corpus.CorpusResource;
import dev.errorcontract.integration.corpus.CorpusRun;
import dev.errorcontract.integration.corpus.CorpusTally;
import dev.errorcontract.integration.corpus.CorpusThrower;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.SeBootstrap;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Application;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * RESTEasy on Undertow through {@code SeBootstrap}, with this module on the class path and nothing
 * registered for it: Undertow reads no {@code web-fragment.xml} there, and {@code UndertowErrorPages}
 * adds the error pages instead. RESTEasy hands an {@code Error} a filter throws to no exception
 * mapper; without the pages Undertow answers with an HTML page holding the message
 * (error-jaxrs's {@code ThrowableCorpusHttpTest} on RESTEasy).
 */
class ResteasyUndertowHttpTest {

  private static final String SECRET = "hunter2 <script>";

  private static SeBootstrap.Instance server;
  private static URI base;

  /** Throws an {@code Error} holding a secret for {@code /failing-filter}. */
  public static class FailingFilter implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
      if (request.getUriInfo().getPath().equals("/failing-filter")) {
        throw new AssertionError(SECRET);
      }
    }
  }

  @Path("/failing-filter")
  public static class Resource {
    @GET
    public String get() {
      return "not reached";
    }
  }

  @BeforeAll
  static void start() throws Exception {
    System.setProperty(CorpusThrower.CATALOG_PROPERTY, TestError.class.getName());
    Application application =
        new Application() {
          @Override
          public Set<Class<?>> getClasses() {
            return Set.of(
                CorpusResource.class, CorpusFilters.class, Resource.class, FailingFilter.class,
                TestFeature.class);
          }
        };
    SeBootstrap.Configuration configuration =
        SeBootstrap.Configuration.builder()
            .protocol("HTTP").host("127.0.0.1").port(0).rootPath("/").build();
    server =
        SeBootstrap.start(application, configuration).toCompletableFuture().get(30, TimeUnit.SECONDS);
    base = URI.create("http://127.0.0.1:" + server.configuration().port() + "/");
  }

  @AfterAll
  static void stop() throws Exception {
    server.stop().toCompletableFuture().get(30, TimeUnit.SECONDS);
  }

  @Test
  void anErrorFromAFilterGetsTheDocumentedUnexpectedFailure() throws Exception {
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(base.resolve("failing-filter")).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(500, response.statusCode());
    assertEquals(List.of("application/json"), response.headers().allValues("Content-Type"));
    assertEquals("{\"detail\":\"Internal server error\"}", new String(response.body(), UTF_8));
    assertEquals(List.of(String.valueOf(response.body().length)),
        response.headers().allValues("Content-Length"));
    // The id of the log line, and nothing of the failure itself.
    assertTrue(response.headers().firstValue("X-Correlation-Id").orElse("").matches("[0-9a-f-]{36}"),
        response.headers().map().toString());
    assertFalse(response.headers().map().toString().contains("hunter2"));
  }

  @Test
  void everyRandomThrowableGetsADocumentedAnswerAndLeaksNothing() throws Exception {
    Logger log = Logger.getLogger("dev.errorcontract");
    Level level = log.getLevel();
    log.setLevel(Level.OFF);
    try {
      CorpusTally tally =
          CorpusRun.run("resteasy with error-servlet", base, TestError.table(), corpusCase -> false);
      assertTrue(tally.clean(), tally.summary());
    } finally {
      log.setLevel(level);
    }
  }
}
