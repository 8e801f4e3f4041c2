package dev.errorcontract.spring.webflux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Which wins when the application turns on Spring Boot's problem details
 * ({@code spring.webflux.problemdetails.enabled=true}): Boot's {@code ProblemDetailsExceptionHandler}
 * is a {@code @ControllerAdvice}, run inside the dispatcher before any {@code WebExceptionHandler}, so
 * it answers the exceptions it handles (WebFlux's 405 here) with its own {@code application/problem+json};
 * what it does not handle (a catalog exception, a functional route's failure) still gets the catalog's
 * answer. As the module's README says.
 */
class ProblemDetailsPrecedenceTest {

  private static ConfigurableApplicationContext app;
  private static String base;
  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @BeforeAll
  static void start() {
    app = new SpringApplicationBuilder(FluxApp.class)
        .properties("server.address=127.0.0.1", "server.port=0", "spring.main.banner-mode=off",
            "error-contract.webflux.catalog=Flux", "spring.webflux.problemdetails.enabled=true")
        .run();
    base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void bootsProblemDetailsAnswerWhatTheyHandle() throws Exception {
    HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/catalog/nonce"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{}")));
    assertEquals(405, response.statusCode());
    assertEquals(Optional.of("application/problem+json"), response.headers().firstValue("Content-Type"));
    assertTrue(response.body().contains("\"status\":405"), response.body());
  }

  @Test
  void theCatalogStillAnswersTheRest() throws Exception {
    HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/catalog/nonce")).GET());
    assertEquals(400, response.statusCode());
    assertEquals("{\"detail\":\"Invalid nonce\",\"instance\":\"/catalog/nonce\"}", response.body());
    HttpResponse<String> route = send(HttpRequest.newBuilder(URI.create(base + "/fn/bug")).GET());
    assertEquals(500, route.statusCode());
    assertEquals("{\"detail\":\"Internal server error\",\"instance\":\"/fn/bug\"}", route.body());
  }
}
