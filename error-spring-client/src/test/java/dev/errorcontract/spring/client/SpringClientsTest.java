package dev.errorcontract.spring.client;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcontract.catalog.CatalogException;
import dev.errorcontract.catalog.ErrorDecoder;
import dev.errorcontract.catalog.UndocumentedAnswerException;
import dev.errorcontract.catalog.UndocumentedAnswerException.Reason;
import dev.errorcontract.spring.client.ThirdPartyServer.Answer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.SpringVersion;

/**
 * Issue 23, clients: a server not built with the library answers documented errors in several JSON
 * spellings, compressed or without a media type, and undocumented or hostile answers; every Spring
 * client, set up with its one line, throws the typed exception with its arguments, or an {@link
 * UndocumentedAnswerException} with the reason the decoder gives, and stops reading at the bound.
 * Run on Spring Framework 6.2 here, and on 7.0 by integration/spring-clients-boot4.
 */
class SpringClientsTest {

  private static final String JSON = "application/json";
  private static ThirdPartyServer server;
  private static final Map<String, SpringClients.Client> CLIENTS = new LinkedHashMap<>();

  @BeforeAll
  static void start() throws IOException {
    server = new ThirdPartyServer();
    SpringClients.all().forEach((name, client) -> CLIENTS.put(name, client.apply(server.base())));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static List<String> clients() {
    return SpringClients.names();
  }

  /** The major version of the Spring Framework on the class path. */
  static int springMajor() {
    String version = SpringVersion.getVersion();
    return Integer.parseInt(version.substring(0, version.indexOf('.')));
  }

  @Test
  void theRunIsOnTheSpringFrameworkItIsMeantFor() {
    assertEquals(Integer.getInteger("errorcontract.springMajor"), springMajor(), SpringVersion.getVersion());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("clients")
  void documentedAnswersInAnySpellingThrowTheTypedException(String client) throws IOException {
    byte[] limit = new ShopException.InvalidLimit(5).body().toByteArray();
    assertEquals("{\"message\":\"Invalid limit: 5\",\"code\":\"invalid_limit\",\"status\":400}", new String(limit, UTF_8));
    Consumer<RuntimeException> invalidLimit5 = thrown -> {
      ShopException.InvalidLimit e = assertInstanceOf(ShopException.InvalidLimit.class, thrown);
      assertEquals(5, e.limit());
      assertEquals(400, e.status());
      assertArrayEquals(limit, e.body().toByteArray());
    };
    byte[] order = new ShopException.OrderOfNotFound(7, "Ann \u00c9mile/\"x\"").body().toByteArray();
    Consumer<RuntimeException> order7 = thrown -> {
      ShopException.OrderOfNotFound e = assertInstanceOf(ShopException.OrderOfNotFound.class, thrown);
      assertEquals(7L, e.orderId());
      assertEquals("Ann \u00c9mile/\"x\"", e.customer());
      assertEquals(404, e.status());
      assertArrayEquals(order, e.body().toByteArray());
    };
    Consumer<RuntimeException> slowDown = thrown -> {
      ShopException.SlowDown e = assertInstanceOf(ShopException.SlowDown.class, thrown);
      assertEquals(429, e.status());
      assertEquals("Slow down", e.detail());
    };
    Consumer<RuntimeException> bug = thrown -> assertInstanceOf(ShopException.SomethingWentWrongOnOurEnd.class, thrown);

    Map<String, Object[]> cases = new LinkedHashMap<>();
    cases.put("exact bytes", new Object[] {new Answer(400, JSON, null, limit), invalidLimit5});
    cases.put("pretty, reordered, extra members, escapes", new Object[] {new Answer(404, JSON, null, bytes(
        "{\n  \"status\" : 4.04E2,\n  \"request_id\" : \"req_1\",\n  \"order\" : 7,\n  \"code\" : \"order_not_found\",\n"
            + "  \"message\" : \"Order 7 of Ann \\u00c9mile\\/\\\"x\\\" not found\"\n}\n")), order7});
    cases.put("media type in capitals with a charset", new Object[] {
        new Answer(400, "Application/JSON; charset=UTF-8", null, limit), invalidLimit5});
    cases.put("gzip", new Object[] {new Answer(429, JSON, "gzip",
        gzip(new ShopException.SlowDown().body().toByteArray())), slowDown});
    cases.put("deflate, reordered", new Object[] {new Answer(400, JSON, "deflate",
        deflate(bytes("{\"status\":400,\"code\":\"invalid_limit\",\"message\":\"Invalid limit: 5\"}"))), invalidLimit5});
    cases.put("no Content-Type", new Object[] {new Answer(500, null, null,
        new ShopException.SomethingWentWrongOnOurEnd().body().toByteArray()), bug});
    for (Map.Entry<String, Object[]> c : cases.entrySet()) {
      RuntimeException thrown = call(client, server.serve((Answer) c.getValue()[0]));
      try {
        @SuppressWarnings("unchecked")
        Consumer<RuntimeException> check = (Consumer<RuntimeException>) c.getValue()[1];
        check.accept(thrown);
      } catch (AssertionError e) {
        throw new AssertionError(client + ", " + c.getKey() + ": " + e.getMessage(), thrown);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("clients")
  void undocumentedAnswersThrowUndocumentedAnswerExceptionWithTheReason(String client) throws IOException {
    byte[] oversized = new byte[ErrorDecoder.BODY_LIMIT + 1];
    Arrays.fill(oversized, (byte) ' ');
    Map<String, Object[]> cases = new LinkedHashMap<>();
    cases.put("status no row answers", new Object[] {Reason.UNDOCUMENTED_STATUS,
        new Answer(418, "text/plain", null, bytes("I'm a teapot"))});
    cases.put("a proxy's HTML", new Object[] {Reason.UNDOCUMENTED_STATUS,
        new Answer(502, "text/html", null, bytes("<html><body>Bad Gateway</body></html>"))});
    cases.put("HTML on a documented status", new Object[] {Reason.OTHER_MEDIA_TYPE,
        new Answer(404, "text/html", null, bytes("<html><body>Not Found</body></html>"))});
    cases.put("an answer the library would add, in a client-only catalog", new Object[] {Reason.UNDOCUMENTED_STATUS,
        new Answer(403, JSON, null, bytes("{\"message\":\"Forbidden\"}"))});
    cases.put("argument in another form", new Object[] {Reason.UNDOCUMENTED_BODY, new Answer(400, JSON, null,
        bytes("{\"message\":\"Invalid limit: 05\",\"code\":\"invalid_limit\",\"status\":400}"))});
    cases.put("member named twice", new Object[] {Reason.UNDOCUMENTED_BODY, new Answer(400, JSON, null,
        bytes("{\"message\":\"Invalid limit: 5\",\"code\":\"invalid_limit\",\"status\":400,\"status\":400}"))});
    cases.put("empty body", new Object[] {Reason.UNDOCUMENTED_BODY, new Answer(400, JSON, null, new byte[0])});
    cases.put("unknown encoding", new Object[] {Reason.UNDOCUMENTED_BODY,
        new Answer(400, JSON, "br", new ShopException.InvalidLimit(5).body().toByteArray())});
    cases.put("decompression bomb", new Object[] {Reason.BODY_TOO_LARGE,
        new Answer(400, JSON, "gzip", gzip(new byte[100 * 1024 * 1024]))});
    cases.put("one byte over the bound", new Object[] {Reason.BODY_TOO_LARGE, new Answer(400, JSON, null, oversized)});
    cases.put("gzip that is not", new Object[] {Reason.UNREADABLE_BODY,
        new Answer(400, JSON, "gzip", new ShopException.InvalidLimit(5).body().toByteArray())});
    for (Map.Entry<String, Object[]> c : cases.entrySet()) {
      Answer answer = (Answer) c.getValue()[1];
      RuntimeException thrown = call(client, server.serve(answer));
      String where = client + ", " + c.getKey();
      if (c.getKey().equals("gzip that is not") && inflatedBySpring(client)) {
        // Spring Framework 7's JdkClientHttpRequestFactory inflates gzip itself and fails before any handler runs.
        assertInstanceOf(org.springframework.web.client.ResourceAccessException.class, thrown, where);
        continue;
      }
      UndocumentedAnswerException e = assertInstanceOf(UndocumentedAnswerException.class, thrown, () -> where + ": " + thrown);
      assertSame(c.getValue()[0], e.reason(), where);
      assertEquals(answer.status(), e.status(), where);
      assertEquals(answer.contentType(), e.mediaType(), where);
      assertEquals("Shop", e.catalog(), where);
      if (answer.contentEncoding() == null) {
        byte[] prefix = Arrays.copyOf(answer.body(), Math.min(answer.body().length, UndocumentedAnswerException.PREFIX_LIMIT));
        assertArrayEquals(prefix, e.bodyPrefix(), where);
      }
    }
  }

  /** Whether the client's request factory undoes gzip before the handler sees the body (Spring 7's JDK one). */
  static boolean inflatedBySpring(String client) {
    return springMajor() >= 7 && client.endsWith("JDK HttpClient");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("clients")
  void anEndlessBodyStopsAtTheBound(String client) throws InterruptedException {
    ThirdPartyServer.Endless progress = new ThirdPartyServer.Endless();
    String id = server.serveEndless(400, progress);
    RuntimeException thrown = call(client, id);
    UndocumentedAnswerException e = assertInstanceOf(UndocumentedAnswerException.class, thrown, client);
    assertSame(Reason.BODY_TOO_LARGE, e.reason(), client);
    byte[] spaces = new byte[UndocumentedAnswerException.PREFIX_LIMIT];
    Arrays.fill(spaces, (byte) ' ');
    assertArrayEquals(spaces, e.bodyPrefix(), client);
    // The connection is closed, not drained: the server sees the client go away.
    assertTrue(progress.clientWentAway.await(10, TimeUnit.SECONDS), client + ": still reading after " + progress.sent);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("clients")
  void aSuccessfulAnswerPassesUntouched(String client) {
    String id = server.serve(new Answer(200, "text/plain", null, bytes("{\"message\":\"Invalid limit: 5\"}")));
    String body = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> CLIENTS.get(client).get(id));
    assertEquals("{\"message\":\"Invalid limit: 5\"}", body);
  }

  /** What the client throws for the answer at {@code id}, within 30 seconds; every answer here is an error. */
  static RuntimeException call(String client, String id) {
    return assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
      try {
        String body = CLIENTS.get(client).get(id);
        throw new AssertionError(client + ": no exception for answer " + id + ", but the body " + body);
      } catch (RuntimeException e) {
        return e;
      }
    }, client);
  }

  static byte[] bytes(String text) {
    return text.getBytes(UTF_8);
  }

  static byte[] gzip(byte[] body) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(body);
    }
    return out.toByteArray();
  }

  static byte[] deflate(byte[] body) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DeflaterOutputStream deflate = new DeflaterOutputStream(out)) {
      deflate.write(body);
    }
    return out.toByteArray();
  }
}
