package dev.errorcontract.examples.support;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * A JSON body of 5 MB posted to an example's endpoint that takes a body, as a client that writes the
 * whole body before it reads the answer: the server must answer with the catalog's documented bytes,
 * and within {@link #ANSWER_WITHIN} even on a loaded machine (a bound on the answer arriving at all,
 * not a speed figure).
 */
public final class LargeBody {

  /** Generous: the refusal needs no byte of the body; a body read and parsed whole took 6 to 10 s. */
  public static final Duration ANSWER_WITHIN = Duration.ofSeconds(10);

  /** Each way of sending is tried this often: a reset connection lost the answer 1 time in 3. */
  private static final int TRIES = 5;

  private LargeBody() {}

  /**
   * A JSON object of 5 MB: the example's fields ({@code fields}, such as {@code "name":"x"}, without
   * braces) and one member padding it.
   */
  public static byte[] json(String fields) {
    String pad = "x".repeat(5 * 1024 * 1024);
    return ("{" + fields + ",\"pad\":\"" + pad + "\"}").getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Posts {@code body} {@value #TRIES} times with its {@code Content-Length} and {@value #TRIES} times
   * chunked (no declared length), each on a new client, and asserts each answer: {@code status}, the
   * exact {@code expected} bytes, {@code application/json}, within {@link #ANSWER_WITHIN}.
   *
   * @param headers name, value pairs (credentials, {@code Content-Type})
   */
  public static void assertRefused(URI uri, byte[] body, int status, String expected,
      String... headers) throws Exception {
    for (int i = 0; i < TRIES; i++) {
      assertAnswer("with Content-Length, try " + (i + 1), uri,
          HttpRequest.BodyPublishers.ofByteArray(body), status, expected, headers);
      assertAnswer("chunked, try " + (i + 1), uri,
          HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)), status,
          expected, headers);
    }
  }

  private static void assertAnswer(String how, URI uri, HttpRequest.BodyPublisher body, int status,
      String expected, String... headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri).timeout(ANSWER_WITHIN).POST(body);
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    // A new client each time: no connection of an earlier try is reused.
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    HttpResponse<byte[]> response;
    try {
      response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (java.io.IOException e) {
      throw new AssertionError(how + ": no answer (" + e + ")", e);
    }
    assertEquals(status, response.statusCode(), how);
    assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), response.body(),
        () -> how + ": " + new String(response.body(), StandardCharsets.UTF_8));
    assertEquals(Optional.of("application/json"), response.headers().firstValue("Content-Type"), how);
  }
}
