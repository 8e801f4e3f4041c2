package dev.errorcontract.examples.passport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/** A plain HTTP client for the suites, and the assertions they share. */
final class Http {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private Http() {}

  /** Sends a request with {@code headers} given as name, value pairs; a null body sends none. */
  static HttpResponse<byte[]> send(String method, URI uri, String body, String... headers)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(10))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** Asserts a JSON answer: its status, its exact body bytes and its media type. */
  static void assertJson(int status, String body, HttpResponse<byte[]> response) {
    assertEquals(status, response.statusCode(), () -> text(response));
    org.junit.jupiter.api.Assertions.assertArrayEquals(
        body.getBytes(StandardCharsets.UTF_8), response.body());
    assertEquals(Optional.of("application/json"), response.headers().firstValue("Content-Type"));
  }

  static String text(HttpResponse<byte[]> response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }
}
