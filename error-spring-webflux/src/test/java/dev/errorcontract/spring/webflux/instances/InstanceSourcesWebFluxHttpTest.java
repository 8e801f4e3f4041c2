package dev.errorcontract.spring.webflux.instances;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 25 on Spring WebFlux (Reactor Netty): Mailchimp's bare-UUID {@code instance} and an application's
 * supplied one on answers WebFlux raises (an unknown path, a failure) and on exceptions' answers, byte for
 * byte; the bare id is the header's.
 */
class InstanceSourcesWebFluxHttpTest {

  private static final Pattern UUID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  /** The application answering with {@code catalog}, on 127.0.0.1 and a free port. */
  private static ConfigurableApplicationContext start(String catalog) {
    return new SpringApplicationBuilder(InstancesFluxApp.class)
        .properties("server.address=127.0.0.1", "server.port=0", "spring.main.banner-mode=off",
            "error-contract.webflux.catalog=" + catalog)
        .run();
  }

  private static HttpResponse<byte[]> get(ConfigurableApplicationContext app, String path) throws Exception {
    URI uri = URI.create("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port") + path);
    return CLIENT.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static void assertAnswer(int status, String contentType, String body, HttpResponse<byte[]> response) {
    assertEquals(status, response.statusCode(), () -> new String(response.body(), StandardCharsets.UTF_8));
    assertEquals(List.of(contentType), response.headers().allValues("Content-Type"));
    assertEquals(body, new String(response.body(), StandardCharsets.UTF_8));
  }

  private static void assertMailchimp(int status, String title, String detail, HttpResponse<byte[]> response) {
    String id = response.headers().firstValue("X-Correlation-Id").orElseThrow();
    assertTrue(UUID.matcher(id).matches(), id);
    assertAnswer(status, "application/problem+json; charset=utf-8",
        "{\"type\":\"https://mailchimp.com/developer/marketing/docs/errors/\",\"title\":\"" + title
            + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\",\"instance\":\"" + id + "\"}",
        response);
  }

  @Test
  void mailchimpsBareUuidOnEveryAnswer() throws Exception {
    try (ConfigurableApplicationContext app = start("Mailchimp")) {
      assertMailchimp(404, "Resource Not Found", "The requested resource could not be found.", get(app, "/no/such"));
      assertMailchimp(400, "Bad Request", "Your request could not be processed.", get(app, "/lists/thrown"));
      assertMailchimp(500, "Internal Server Error",
          "An unexpected internal error has occurred. Please contact Support for more information.",
          get(app, "/boom"));
    }
  }

  @Test
  void theApplicationsSuppliedInstanceOnEveryAnswer() throws Exception {
    try (ConfigurableApplicationContext app = start("Supplied")) {
      assertAnswer(404, "application/json",
          "{\"message\":\"Not Found\",\"support_reference\":\"404 GET /no/such NOT_FOUND\"}", get(app, "/no/such"));
      assertAnswer(400, "application/json",
          "{\"message\":\"Out of stock.\",\"support_reference\":\"400 GET /orders/thrown/x OUT_OF_STOCK\"}",
          get(app, "/orders/thrown/x"));
      assertAnswer(500, "application/json",
          "{\"message\":\"Internal Server Error\",\"support_reference\":\"500 GET /boom INTERNAL_SERVER_ERROR\"}",
          get(app, "/boom"));
      HttpResponse<byte[]> withId = get(app, "/orders/thrown/with-id");
      String id = withId.headers().firstValue("X-Correlation-Id").orElseThrow();
      assertAnswer(400, "application/json",
          "{\"message\":\"Out of stock.\",\"support_reference\":\"ref-" + id + "\"}", withId);
      assertAnswer(404, "application/json", "{\"message\":\"Not Found\"}", get(app, "/no/such/supplier-throws"));
      assertAnswer(400, "application/json", "{\"message\":\"Out of stock.\"}",
          get(app, "/orders/thrown/supplier-null"));
    }
  }
}
