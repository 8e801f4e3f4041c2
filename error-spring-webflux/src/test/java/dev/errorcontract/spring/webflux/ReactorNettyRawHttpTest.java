package dev.errorcontract.spring.webflux;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What Reactor Netty answers itself, before WebFlux sees a request, pinned byte for byte from a raw
 * socket: a status line, {@code content-length: 0}, {@code connection: close}, no body, nothing of the
 * request echoed. Reactor Netty has no hook for these answers' bodies, so they are listed in the
 * module's README, not documented; where Netty lets a limit be raised, the request then reaches WebFlux
 * and gets the catalog's documented answer (the second server here).
 */
class ReactorNettyRawHttpTest {

  /** Reactor Netty's own rejection: the status line and two headers, nothing else. */
  private static String rejection(String status) {
    return "HTTP/1.1 " + status + "\r\ncontent-length: 0\r\nconnection: close\r\n\r\n";
  }

  private static final String LONG_URI = "/" + "a".repeat(5000);
  private static final String BIG_HEADER = "X-Big: " + "b".repeat(10_000) + "\r\n";

  private static ConfigurableApplicationContext defaults;
  private static ConfigurableApplicationContext raised;

  @BeforeAll
  static void start() {
    defaults = app();
    raised = app(
        "server.netty.max-initial-line-length=16KB",
        "server.max-http-request-header-size=32KB");
  }

  private static ConfigurableApplicationContext app(String... more) {
    return new SpringApplicationBuilder(FluxApp.class)
        .properties("server.address=127.0.0.1", "server.port=0", "spring.main.banner-mode=off",
            "error-contract.webflux.catalog=Flux")
        .properties(more)
        .run();
  }

  @AfterAll
  static void stop() {
    if (defaults != null) {
      defaults.close();
    }
    if (raised != null) {
      raised.close();
    }
  }

  /** Sends {@code request} and reads until the server closes the connection. */
  static String exchange(ConfigurableApplicationContext app, String request) throws IOException {
    int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        out.write(buffer, 0, n);
      }
      return out.toString(StandardCharsets.ISO_8859_1);
    }
  }

  private static String documented404(String instance) {
    String body = "{\"detail\":\"No route matches the request path.\",\"instance\":\"" + instance + "\"}";
    return "HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: " + body.length()
        + "\r\nconnection: close\r\n\r\n" + body;
  }

  @Test
  void aGarbageRequestLine() throws IOException {
    assertEquals(rejection("400 Bad Request"), exchange(defaults, "GARBAGE\r\n\r\n"));
  }

  @Test
  void aRequestLineWithASpaceInThePath() throws IOException {
    assertEquals(rejection("400 Bad Request"),
        exchange(defaults, "GET /a b/c HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
  }

  @Test
  void aUriLongerThanTheInitialLineLimit() throws IOException {
    assertEquals(rejection("414 Request-URI Too Long"),
        exchange(defaults, "GET " + LONG_URI + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
  }

  @Test
  void headersLargerThanTheLimit() throws IOException {
    assertEquals(rejection("431 Request Header Fields Too Large"),
        exchange(defaults, "GET /x HTTP/1.1\r\nHost: x\r\n" + BIG_HEADER + "Connection: close\r\n\r\n"));
  }

  @Test
  void aContentLengthThatIsNoNumber() throws IOException {
    assertEquals(rejection("400 Bad Request"), exchange(defaults,
        "POST /items HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: abc\r\n"
            + "Connection: close\r\n\r\n{}"));
  }

  @Test
  void aNegativeContentLength() throws IOException {
    assertEquals(rejection("400 Bad Request"), exchange(defaults,
        "POST /items HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: -5\r\n"
            + "Connection: close\r\n\r\n{}"));
  }

  @Test
  void twoContentLengths() throws IOException {
    assertEquals(rejection("400 Bad Request"), exchange(defaults,
        "POST /items HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\nConnection: close\r\n\r\nab"));
  }

  @Test
  void aHeaderWithoutAColon() throws IOException {
    assertEquals(rejection("400 Bad Request"),
        exchange(defaults, "GET /x HTTP/1.1\r\nHost: x\r\nNoColonHere\r\nConnection: close\r\n\r\n"));
  }

  @Test
  void aBadChunkSize() throws IOException {
    // The headers reached WebFlux; the body's framing failed in Netty, which answered first.
    assertEquals(rejection("400 Bad Request"), exchange(defaults,
        "POST /items HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
            + "Connection: close\r\n\r\nzz\r\n{}\r\n0\r\n\r\n"));
  }

  @Test
  void aBadPercentEncodingInThePathOrTheQuery() throws IOException {
    // Spring's Reactor Netty adapter cannot make a URI of it: answered before any WebFlux handler.
    assertEquals(rejection("400 Bad Request"),
        exchange(defaults, "GET /%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
    assertEquals(rejection("400 Bad Request"),
        exchange(defaults, "GET /x?a=%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
  }

  @Test
  void withoutAHostTheRequestReachesWebFluxAndIsDocumented() throws IOException {
    assertEquals(documented404("/x"), exchange(defaults, "GET /x HTTP/1.1\r\nConnection: close\r\n\r\n"));
  }

  @Test
  void aLongUriWithinARaisedLimitIsDocumented() throws IOException {
    assertEquals(documented404(LONG_URI),
        exchange(raised, "GET " + LONG_URI + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
  }

  @Test
  void largeHeadersWithinARaisedLimitAreDocumented() throws IOException {
    assertEquals(documented404("/x"),
        exchange(raised, "GET /x HTTP/1.1\r\nHost: x\r\n" + BIG_HEADER + "Connection: close\r\n\r\n"));
  }
}
