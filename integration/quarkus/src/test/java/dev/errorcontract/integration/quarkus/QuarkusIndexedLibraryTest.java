package dev.errorcontract.integration.quarkus;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.errorcontract.catalog.Condition;
import dev.errorcontract.catalog.DocumentedError;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 26: the second Quarkus build of this application, as a user configures it after the Quarkus
 * guides: error-jaxrs named in {@code quarkus.index-dependency}, so that Quarkus's build-time
 * scanning (ArC, Quarkus REST) sees every class of the library; and the REST application under
 * {@code /api} ({@code quarkus.rest.path}), so that some paths are outside it. One build for both,
 * since each Quarkus build costs CI time.
 *
 * <p>The build itself is the first assertion: the library's Jersey adapter in the index once made ArC
 * fail it ({@code Cannot limit bean types ... ResponseErrorMapper}).
 */
@QuarkusTest
@TestProfile(QuarkusIndexedLibraryTest.IndexedUnderApi.class)
class QuarkusIndexedLibraryTest {

  /** The library indexed by Quarkus, the REST application under {@code /api}. */
  public static final class IndexedUnderApi implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "quarkus.index-dependency.error-jaxrs.group-id", "dev.errorcontract",
          "quarkus.index-dependency.error-jaxrs.artifact-id", "error-jaxrs",
          "quarkus.rest.path", "/api");
    }
  }

  private static final String CONTENT_TYPE = "application/json; charset=utf-8";
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  @TestHTTPResource("/")
  URI base;

  private HttpResponse<byte[]> send(String method, String path) throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(20))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  /** Status, exact bytes with the raw request path as instance, the one exact Content-Type. */
  private static void assertDocumented(DocumentedError error, HttpResponse<byte[]> response) {
    String body = new String(response.body(), UTF_8);
    assertEquals(error.status().code(), response.statusCode(), () -> "status; body was " + body);
    String expected =
        "{\"detail\":\"" + error.detail().replace("\"", "\\\"") + "\",\"instance\":\""
            + response.uri().getRawPath() + "\"}";
    assertArrayEquals(expected.getBytes(UTF_8), response.body(), () -> "body " + body);
    assertEquals(List.of(CONTENT_TYPE), response.headers().allValues("Content-Type"), "Content-Type");
    error.status().headers().forEach(
        (name, value) -> assertEquals(List.of(value), response.headers().allValues(name), name));
  }

  @Test
  void theIndexedBuildAnswersCatalogErrorsAsDocumented() throws Exception {
    assertDocumented(ShopError.ORDER_NOT_FOUND, send("GET", "/api/errors/ORDER_NOT_FOUND"));
    assertDocumented(ShopError.UNAUTHORIZED, send("GET", "/api/errors/UNAUTHORIZED"));
  }

  @Test
  void theIndexedBuildReplacesAResponseWithTheDeclaredHeaders() throws Exception {
    HttpResponse<byte[]> response = send("GET", "/api/wae-entity/401");
    assertDocumented(ShopError.UNAUTHORIZED, response);
    assertFalse(new String(response.body(), UTF_8).contains(ShopResources.SECRET));
  }

  @Test
  void anUnknownPathInsideTheApplicationIsTheDocumented404() throws Exception {
    assertDocumented(
        ShopError.table().forCondition(Condition.UNKNOWN_PATH), send("GET", "/api/no/such%20path"));
  }

  @Test
  void aPathOutsideTheApplicationIsTheDocumented404() throws Exception {
    DocumentedError unknownPath = ShopError.table().forCondition(Condition.UNKNOWN_PATH);
    assertDocumented(unknownPath, send("GET", "/other"));
    assertDocumented(unknownPath, send("POST", "/other/deeper%20down?q=1"));
  }

  @Test
  void aResponseFilterFailingAgainOnTheErrorAnswerGetsTheDocumented500() throws Exception {
    HttpResponse<byte[]> response = send("GET", "/api/failing/always");
    assertDocumented(ShopError.table().forCondition(Condition.UNEXPECTED_FAILURE), response);
    String all = response.headers().map() + "\n" + new String(response.body(), UTF_8);
    assertFalse(all.contains("hunter2"), all);
    assertFalse(all.contains("IllegalStateException"), all);
    assertEquals(1, response.headers().allValues("X-Correlation-Id").size(), all);
  }
}
