package dev.errorcontract.jaxrs.acceptance;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.SeBootstrap;
import jakarta.ws.rs.core.Application;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * The base of each acceptance catalog's suite: one server on 127.0.0.1, port 0, with the catalog's
 * generated feature, the shared {@link ProbeResources} and the catalog's own resources, on whichever
 * implementation this surefire execution has on its class path; stopped after the class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AcceptanceServer {

  /** Which JSON provider this run has on its class path: none, jackson or jsonb. */
  static final String JSON_PROVIDER = System.getProperty("errorcontract.json", "none");

  private SeBootstrap.Instance server;
  private int port;

  /** The application's classes besides {@link ProbeResources}: the feature, the resources. */
  abstract Set<Class<?>> classes();

  @BeforeAll
  void start() throws Exception {
    Set<Class<?>> classes = new java.util.HashSet<>(classes());
    classes.add(ProbeResources.class);
    classes.add(ProbeResources.QuantityReader.class);
    if (JSON_PROVIDER.equals("jackson")) {
      // Not discovered by every implementation: registered as users do.
      classes.add(Class.forName("com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider"));
    }
    Application application =
        new Application() {
          @Override
          public Set<Class<?>> getClasses() {
            return classes;
          }
        };
    server = start(application);
    port = server.configuration().port();
  }

  /** Starts {@code application} at root path {@code /} on 127.0.0.1, port 0. */
  static SeBootstrap.Instance start(Application application) throws Exception {
    SeBootstrap.Configuration configuration =
        SeBootstrap.Configuration.builder()
            .protocol("HTTP")
            .host("127.0.0.1")
            .port(0)
            .rootPath("/")
            .build();
    return SeBootstrap.start(application, configuration).toCompletableFuture().get(30, TimeUnit.SECONDS);
  }

  @AfterAll
  void stop() throws Exception {
    if (server != null) {
      server.stop().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }
  }

  RawHttp.Answer get(String path, String... headers) throws IOException {
    return RawHttp.send(port, "GET", path, null, headers);
  }

  RawHttp.Answer send(String method, String path, String body, String... headers)
      throws IOException {
    return RawHttp.send(port, method, path, body, headers);
  }

  /** The answer is exactly this: status code, one Content-Type byte for byte, body byte for byte. */
  static void assertAnswer(int status, String contentType, String body, RawHttp.Answer answer) {
    assertEquals(status, answer.status(), () -> "status of\n" + answer);
    assertEquals(List.of(contentType), answer.headers("Content-Type"), () -> "Content-Type of\n" + answer);
    assertArrayEquals(body.getBytes(UTF_8), answer.body(), () -> "body of\n" + answer);
  }
}
