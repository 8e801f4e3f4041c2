package dev.errorcontract.spring.webmvc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.errorcontract.spring.webmvc.app.ShopApplication;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Requests the embedded server rejects itself, before any filter or servlet, written on a raw socket:
 * Tomcat's HTML error report and Jetty's HTML error page (which quotes the parser's message) are
 * replaced by the catalog's documented answer for the server's status.
 */
class ContainerHttpTest {

  private static RunningApp app;

  @BeforeAll
  static void start() {
    app = RunningApp.start(ShopApplication.class, "error-contract.webmvc.catalog=Shop");
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
  }

  private static final String BAD_REQUEST = "{\"detail\":\"Bad request\"}";
  /** A 505 is an undocumented server error: the catalog's 500 answer, sent as 500. */
  private static final String SERVER_ERROR = "{\"detail\":\"Internal server error\"}";

  static Stream<Arguments> rejected() {
    return Stream.of(
        Arguments.of("space in the target", "GET /a b HTTP/1.1\r\nHost: x\r\n\r\n", 400, BAD_REQUEST),
        Arguments.of("bad percent-encoding", "GET /%zz HTTP/1.1\r\nHost: x\r\n\r\n", 400, BAD_REQUEST),
        Arguments.of("space in a header name", "GET /x HTTP/1.1\r\nHost: x\r\nBad Header: y\r\n\r\n", 400,
            BAD_REQUEST),
        Arguments.of("no Host", "GET /x HTTP/1.1\r\n\r\n", 400, BAD_REQUEST),
        Arguments.of("path parameter dot-dot", "GET /..;/x HTTP/1.1\r\nHost: x\r\n\r\n", 400, BAD_REQUEST),
        Arguments.of("encoded dot-dot", "GET /%2e%2e/x HTTP/1.1\r\nHost: x\r\n\r\n", 400, BAD_REQUEST),
        Arguments.of("encoded slash", "GET /a%2Fb HTTP/1.1\r\nHost: x\r\n\r\n", 400, BAD_REQUEST),
        Arguments.of("Content-Length not a number",
            "POST /orders HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n", 400, BAD_REQUEST),
        Arguments.of("header too large (Tomcat 400, Jetty 431: undocumented, so 400)",
            "GET /x HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(20_000) + "\r\n\r\n", 400, BAD_REQUEST),
        Arguments.of("target too long (Tomcat 400, Jetty 414: undocumented, so 400)",
            "GET /" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: x\r\n\r\n", 400, BAD_REQUEST),
        Arguments.of("unknown HTTP version (505)", "GET /x HTTP/9.9\r\nHost: x\r\n\r\n", 500, SERVER_ERROR));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rejected")
  void theServersOwnRejectionIsTheDocumentedAnswer(String name, String request, int status, String body)
      throws Exception {
    String raw = app.raw(request);
    int end = raw.indexOf("\r\n\r\n");
    String head = raw.substring(0, end);
    assertEquals(Integer.toString(status), head.substring(9, 12), raw);
    assertEquals("application/json", WebMvcHttpTest.header(raw, "Content-Type"), raw);
    assertEquals(Integer.toString(body.getBytes(StandardCharsets.UTF_8).length),
        WebMvcHttpTest.header(raw, "Content-Length"), raw);
    assertEquals(body, raw.substring(end + 4), raw);
    // A client's malformed request is no failure of the server's: no correlation id, nothing logged.
    assertFalse(head.contains("X-Correlation-Id"), raw);
  }
}
