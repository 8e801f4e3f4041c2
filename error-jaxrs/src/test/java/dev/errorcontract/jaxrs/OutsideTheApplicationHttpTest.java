package dev.errorcontract.jaxrs;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.SeBootstrap;
import jakarta.ws.rs.core.Application;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A probe of the limit every Java SE runtime has (RELIABILITY.md, "Paths outside the application"):
 * the application at root path {@code /api}, a request for {@code /other} never reaches JAX-RS, and
 * the HTTP server answers it with its own bytes, which no provider of the library can change. The
 * test pins each implementation's answer, so that a change shows; inside the root the same unknown
 * path gets the catalog's 404. Run the application at {@code /} so that every path reaches JAX-RS.
 */
class OutsideTheApplicationHttpTest {

  private static final String IMPLEMENTATION =
      System.getProperty("errorcontract.implementation", "jersey");

  private static SeBootstrap.Instance server;
  private static int port;

  @BeforeAll
  static void start() throws Exception {
    Application application =
        new Application() {
          @Override
          public Set<Class<?>> getClasses() {
            return Set.of(TestResources.class, TestFeature.class);
          }
        };
    SeBootstrap.Configuration configuration =
        SeBootstrap.Configuration.builder()
            .protocol("HTTP").host("127.0.0.1").port(0).rootPath("/api").build();
    server =
        SeBootstrap.start(application, configuration).toCompletableFuture().get(30, TimeUnit.SECONDS);
    port = server.configuration().port();
  }

  @AfterAll
  static void stop() throws Exception {
    server.stop().toCompletableFuture().get(30, TimeUnit.SECONDS);
  }

  @Test
  void anUnknownPathInsideTheRootIsTheCatalogs404() throws Exception {
    String answer = get("/api/no/such/path");
    assertTrue(answer.startsWith("HTTP/1.1 404"), answer);
    assertEquals("application/json", header(answer, "content-type"), answer);
    assertTrue(answer.endsWith("\r\n\r\n{\"detail\":\"Not found\"}"), answer);
  }

  @Test
  void aPathOutsideTheRootIsTheHttpServersOwnAnswer() throws Exception {
    String answer = get("/other");
    assertTrue(answer.startsWith("HTTP/1.1 404"), answer);
    String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
    switch (IMPLEMENTATION) {
      case "jersey":
        // The JDK HTTP server: no context is bound to /other; its fixed HTML.
        assertEquals("text/html", header(answer, "content-type"), answer);
        assertEquals("<h1>404 Not Found</h1>No context found for request", body, answer);
        break;
      case "resteasy":
        // Undertow, which maps only the application's root to RESTEasy: an empty 404.
        assertEquals(null, header(answer, "content-type"), answer);
        assertEquals("", body, answer);
        break;
      case "cxf":
        // Jetty, under CXF's transport: Jetty's HTML error page.
        assertTrue(header(answer, "content-type").startsWith("text/html"), answer);
        assertTrue(body.contains("<h2>HTTP ERROR 404 Not Found</h2>"), answer);
        break;
      default:
        throw new AssertionError("unknown implementation " + IMPLEMENTATION);
    }
  }

  private static String header(String answer, String name) {
    String head = answer.substring(0, answer.indexOf("\r\n\r\n"));
    for (String line : head.split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals(name)) {
        return line.substring(colon + 1).trim();
      }
    }
    return null;
  }

  /** The whole answer to a GET of {@code path} on a connection the client asks to close. */
  private static String get(String path) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(
          ("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
              .getBytes(UTF_8));
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      byte[] buffer = new byte[4096];
      try {
        for (int n; (n = in.read(buffer)) >= 0; ) {
          answer.write(buffer, 0, n);
        }
      } catch (java.net.SocketTimeoutException keptOpen) {
        // Some containers keep the connection a while despite Connection: close; what came counts.
      }
      return answer.toString(UTF_8);
    }
  }
}
