package dev.errorcontract.servlet;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.SeBootstrap;
import jakarta.ws.rs.core.Application;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A probe of a limit: RESTEasy on Undertow ({@code SeBootstrap}) with the application at root path
 * {@code /api} and this module on the class path. RESTEasy deploys the application as a servlet
 * deployment whose context path is the root path, and this module's error pages belong to that
 * deployment; a request for a path outside it ({@code /other}) matches no deployment, and Undertow
 * answers a bare 404 (no {@code Content-Type}, no body) before any servlet or error page runs, before
 * and after the application answered its first request. Inside the root, an unknown path gets the
 * catalog's 404. Run the application at {@code /} so that every path reaches it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OutsideTheApplicationUndertowHttpTest {

  private static SeBootstrap.Instance server;
  private static URI base;
  private static HttpClient client;

  @BeforeAll
  static void start() throws Exception {
    Application application =
        new Application() {
          @Override
          public Set<Class<?>> getClasses() {
            return Set.of(ResteasyUndertowHttpTest.Resource.class, TestFeature.class);
          }
        };
    SeBootstrap.Configuration configuration =
        SeBootstrap.Configuration.builder()
            .protocol("HTTP").host("127.0.0.1").port(0).rootPath("/api").build();
    server =
        SeBootstrap.start(application, configuration).toCompletableFuture().get(30, TimeUnit.SECONDS);
    base = URI.create("http://127.0.0.1:" + server.configuration().port() + "/");
    client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  }

  @AfterAll
  static void stop() throws Exception {
    server.stop().toCompletableFuture().get(30, TimeUnit.SECONDS);
  }

  @Test
  @Order(1)
  void beforeTheApplicationsFirstRequestAPathOutsideTheRootIsABare404() throws Exception {
    assertBare404(get("other"));
  }

  @Test
  @Order(2)
  void anUnknownPathInsideTheRootIsTheCatalogs404() throws Exception {
    assertDocumented404(get("api/no/such/path"));
  }

  @Test
  @Order(3)
  void afterItAPathOutsideTheRootIsStillABare404() throws Exception {
    assertBare404(get("other"));
    assertBare404(get("other/deeper?x=1"));
  }

  private static void assertBare404(HttpResponse<byte[]> response) {
    assertEquals(404, response.statusCode());
    assertEquals(Optional.empty(), response.headers().firstValue("Content-Type"));
    assertEquals("", new String(response.body(), UTF_8));
  }

  private static void assertDocumented404(HttpResponse<byte[]> response) {
    assertEquals(404, response.statusCode());
    assertEquals(List.of("application/json"), response.headers().allValues("Content-Type"));
    assertEquals("{\"detail\":\"Not found\"}", new String(response.body(), UTF_8));
  }

  private static HttpResponse<byte[]> get(String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(base.resolve(path)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }
}
