package dev.errorcontract.integration.quarkus.instances;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 25 on Quarkus REST: the application's own instance ({@code Instance.SUPPLIED}, made by {@link
 * SupportReferences}) on every answer, byte for byte: Quarkus REST's 404 under {@code /api}, Vert.x's
 * 404 outside it (the generated routes), an exception's answer and an unexpected failure's; the
 * correlation id the supplier asks for is the header's; a supplier that throws or returns null leaves the
 * member out.
 */
@QuarkusTest
class QuarkusSuppliedInstanceTest {

  private static final String JSON = "application/json";
  private static final Pattern UUID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

  @TestHTTPResource("/")
  URI base;

  private HttpResponse<byte[]> get(String path) throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private static void assertAnswer(int status, String body, HttpResponse<byte[]> response) {
    assertEquals(status, response.statusCode(), () -> new String(response.body(), UTF_8));
    assertEquals(List.of(JSON), response.headers().allValues("Content-Type"));
    assertEquals(body, new String(response.body(), UTF_8));
  }

  @Test
  void quarkusRestsUnknownPathCarriesTheSuppliersInstance() throws Exception {
    assertAnswer(404, "{\"message\":\"Not Found\",\"support_reference\":\"404 GET /api/no/such NOT_FOUND\"}",
        get("/api/no/such"));
  }

  @Test
  void vertxsUnknownPathOutsideTheRestRootCarriesIt() throws Exception {
    assertAnswer(404, "{\"message\":\"Not Found\",\"support_reference\":\"404 GET /other/path NOT_FOUND\"}",
        get("/other/path"));
  }

  @Test
  void anExceptionsAnswerAndAFailuresCarryIt() throws Exception {
    assertAnswer(400,
        "{\"message\":\"Out of stock.\",\"support_reference\":\"400 GET /api/orders/thrown/x OUT_OF_STOCK\"}",
        get("/api/orders/thrown/x"));
    assertAnswer(500,
        "{\"message\":\"Internal Server Error\",\"support_reference\":\"500 GET /api/orders/boom"
            + " INTERNAL_SERVER_ERROR\"}",
        get("/api/orders/boom"));
  }

  @Test
  void theIdTheSupplierAsksForIsTheHeaders() throws Exception {
    for (String path : List.of("/api/orders/thrown/with-id", "/api/no/such/with-id", "/other/with-id")) {
      HttpResponse<byte[]> response = get(path);
      List<String> ids = response.headers().allValues("X-Correlation-Id");
      assertEquals(1, ids.size(), path + ": " + response.headers().map());
      assertTrue(UUID.matcher(ids.get(0)).matches(), ids.get(0));
      String message = path.startsWith("/api/orders") ? "Out of stock." : "Not Found";
      assertAnswer(path.startsWith("/api/orders") ? 400 : 404,
          "{\"message\":\"" + message + "\",\"support_reference\":\"ref-" + ids.get(0) + "\"}", response);
    }
  }

  @Test
  void aSupplierThatThrowsOrReturnsNullLeavesTheMemberOut() throws Exception {
    assertAnswer(400, "{\"message\":\"Out of stock.\"}", get("/api/orders/thrown/supplier-throws"));
    assertAnswer(404, "{\"message\":\"Not Found\"}", get("/api/no/such/supplier-null"));
    assertAnswer(404, "{\"message\":\"Not Found\"}", get("/other/supplier-throws"));
  }
}
