package dev.errorcontract.integration.quarkus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: with quarkus-smallrye-openapi and nothing configured, {@code /q/openapi} shows each
 * operation's documented errors, merged from the processor's {@code META-INF/openapi.json} into what
 * Quarkus scans from the resources.
 */
@QuarkusTest
class QuarkusOpenApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TestHTTPResource("/")
  URI base;

  private JsonNode served() throws Exception {
    HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(base.resolve("q/openapi?format=json")).timeout(Duration.ofSeconds(20)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, response.statusCode());
    return JSON.readTree(response.body());
  }

  private static JsonNode generated() throws Exception {
    try (InputStream in = QuarkusOpenApiTest.class.getResourceAsStream("/META-INF/openapi.json")) {
      assertNotNull(in, "the processor wrote META-INF/openapi.json");
      return JSON.readTree(in);
    }
  }

  @Test
  void everyOperationShowsItsDocumentedErrors() throws Exception {
    JsonNode operation = served().path("paths").path("/operations/items/{id}").path("get");
    List<String> codes = new ArrayList<>();
    operation.path("responses").fieldNames().forEachRemaining(codes::add);
    // 200 is what Quarkus scans; the errors come from the static document: the declared 400, the 404 of
    // a path parameter that does not convert to long, the unexpected failure's 500.
    assertEquals(List.of("200", "400", "404", "500"), codes.stream().sorted().toList());
    // The catalog's exact media type ("application/json; charset=utf-8") is the content key.
    JsonNode generatedContent = generated().path("paths").path("/operations/items/{id}").path("get")
        .path("responses").path("400").path("content");
    String mediaType = generatedContent.fieldNames().next();
    JsonNode expected = generatedContent.path(mediaType).path("examples").path("INVALID_LIMIT").path("value");
    JsonNode example = operation.path("responses").path("400").path("content").path(mediaType)
        .path("examples").path("INVALID_LIMIT").path("value");
    assertTrue(expected.isObject(), "the generated document has the example");
    assertEquals(expected, example);
  }

  @Test
  void theCatalogsComponentsAreServedToo() throws Exception {
    JsonNode components = served().path("components");
    assertTrue(components.path("schemas").has("ShopErrorBody"), components.toString());
    assertTrue(components.path("responses").has("Shop400"), components.toString());
  }
}
