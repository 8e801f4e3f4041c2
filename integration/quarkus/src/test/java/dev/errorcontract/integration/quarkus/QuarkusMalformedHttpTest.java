package dev.errorcontract.integration.quarkus;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What Vert.x answers itself, before Quarkus REST and so before any JAX-RS provider, to malformed
 * requests over a raw socket: pinned here so that a change in Quarkus shows up. None is a documented
 * answer, and none carries a body naming an exception: each is a bare status with an empty body (or
 * no answer at all). Quarkus offers no place for a library to shape them without the application's
 * configuration (see error-jaxrs/README.md, "Runtimes").
 */
@QuarkusTest
class QuarkusMalformedHttpTest {

  @TestHTTPResource("/")
  URI base;

  static Stream<Arguments> vertxAnswers() {
    String get = "GET /orders/1 HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    String post = "POST /orders HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n";
    return Stream.of(
        Arguments.of("Content-Length not a number", post + "Content-Length: abc\r\n\r\n{}"),
        Arguments.of("Content-Length negative", post + "Content-Length: -5\r\n\r\n{}"),
        Arguments.of("garbage request line", "HELLO\r\n\r\n"),
        Arguments.of("header without a colon", get + "NoColonHere\r\n\r\n"),
        Arguments.of("URI of 20000 characters",
            "GET /" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"),
        Arguments.of("headers of 40000 bytes", get + "X-Big: " + "b".repeat(40_000) + "\r\n\r\n"),
        Arguments.of("bad chunk size", post + "Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n"));
  }

  /** Prints what Vert.x answers and checks it names no exception. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("vertxAnswers")
  void vertxAnswersMalformedRequestsItselfWithoutLeaking(String name, String request)
      throws Exception {
    String answer = new String(raw(request), ISO_8859_1);
    String statusLine = answer.isEmpty() ? "(no answer)" : answer.split("\r\n", 2)[0];
    System.out.println("vertx answer to " + name + ": " + statusLine + " | "
        + answer.replace("\r\n", "\\r\\n").substring(0, Math.min(300, answer.length())));
    assertFalse(answer.contains("Exception"), answer);
    assertFalse(answer.contains("\tat "), answer);
    assertEquals(expected(name), statusLine, answer);
    if (!answer.isEmpty()) {
      assertTrue(answer.toLowerCase(java.util.Locale.ROOT).contains("\r\ncontent-length: 0\r\n"), answer);
      assertTrue(answer.endsWith("\r\n\r\n"), "no body: " + answer);
    }
  }

  /** The status line Vert.x answered with (measured with Quarkus 3.33.2); every body is empty. */
  private static String expected(String name) {
    switch (name) {
      case "garbage request line":
        return "HTTP/1.0 400 Bad Request";
      case "URI of 20000 characters":
        return "HTTP/1.0 414 Request-URI Too Long";
      case "headers of 40000 bytes":
        return "HTTP/1.1 431 Request Header Fields Too Large";
      case "bad chunk size":
        // The connection is closed without a byte.
        return "(no answer)";
      default:
        return "HTTP/1.1 400 Bad Request";
    }
  }

  /** Sends a raw request and returns every byte the server answered within 3 s. */
  private byte[] raw(String request) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5000);
      socket.setSoTimeout(3000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(ISO_8859_1));
      out.flush();
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      InputStream in = socket.getInputStream();
      byte[] buffer = new byte[8192];
      try {
        for (int n; (n = in.read(buffer)) >= 0; ) {
          answer.write(buffer, 0, n);
        }
      } catch (SocketTimeoutException keptOpen) {
        // The server keeps the connection open after its answer: what came is the answer.
      } catch (IOException reset) {
        // Reset after the answer: what came is the answer.
      }
      return answer.toByteArray();
    }
  }
}
