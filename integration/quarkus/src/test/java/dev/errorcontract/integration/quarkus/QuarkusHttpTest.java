package dev.errorcontract.integration.quarkus;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * error-jaxrs's HTTP suite against the Quarkus REST application this module builds: the catalog and
 * the resources, and nothing registered or configured for the library. Every error response must be
 * a documented one, byte for byte. The server is Quarkus's, on 127.0.0.1 and a free port.
 */
@QuarkusTest
class QuarkusHttpTest {

  private static final Logger LOG = Logger.getLogger("dev.errorcontract.jaxrs");
  private static final List<LogRecord> RECORDS = new CopyOnWriteArrayList<>();
  private static final Handler CAPTURE =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          RECORDS.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  @TestHTTPResource("/")
  URI base;

  @BeforeAll
  static void capture() {
    LOG.addHandler(CAPTURE);
    LOG.setLevel(Level.ALL);
  }

  @AfterAll
  static void release() {
    LOG.removeHandler(CAPTURE);
  }

  // ---------------------------------------------------------------- helpers

  private HttpResponse<byte[]> send(String method, String path, String contentType, String body,
      String... headers) throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(20))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, UTF_8));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private HttpResponse<byte[]> get(String path, String... headers)
      throws IOException, InterruptedException {
    return send("GET", path, null, null, headers);
  }

  /** The declared media type, parameter and space included: sent byte for byte. */
  private static final String CONTENT_TYPE = "application/json; charset=utf-8";

  /**
   * The body the contract promises for a detail answered to a request for {@code path}, written out
   * independently of the runtime.
   */
  private static String expectedJson(String detail, String path) {
    return "{\"detail\":\"" + detail.replace("\\", "\\\\").replace("\"", "\\\"")
        + "\",\"instance\":\"" + path + "\"}";
  }

  /** Asserts the documented answer: status, exact bytes (the request's path as instance), exact Content-Type. */
  private static void assertDocumented(int status, String detail, HttpResponse<byte[]> response) {
    String body = new String(response.body(), UTF_8);
    assertEquals(status, response.statusCode(), () -> "status; body was " + body);
    String expected = expectedJson(detail, response.uri().getRawPath());
    assertArrayEquals(expected.getBytes(UTF_8), response.body(), () -> "body " + body);
    assertEquals(List.of(CONTENT_TYPE), response.headers().allValues("Content-Type"), "Content-Type");
  }

  private static void assertDocumented(ShopError error, HttpResponse<byte[]> response) {
    assertDocumented(error.status().code(), error.detail(), response);
  }

  private static String everything(HttpResponse<byte[]> response) {
    return response.headers().map() + "\n" + new String(response.body(), UTF_8);
  }

  private static List<LogRecord> records(Level level, String containing) {
    List<LogRecord> found = new ArrayList<>();
    for (LogRecord record : RECORDS) {
      if (record.getLevel().intValue() == level.intValue()
          && String.valueOf(record.getMessage()).contains(containing)) {
        found.add(record);
      }
    }
    return found;
  }

  /** Sends a raw request with Connection: close and returns every byte the server answered. */
  private byte[] raw(String request) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5000);
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(UTF_8));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      byte[] buffer = new byte[4096];
      try {
        for (int n; (n = in.read(buffer)) >= 0; ) {
          answer.write(buffer, 0, n);
        }
      } catch (java.net.SocketTimeoutException keptOpen) {
        // What came before the timeout counts.
      }
      return answer.toByteArray();
    }
  }

  static Stream<ShopError> constantErrors() {
    return Arrays.stream(ShopError.values()).filter(e -> e.body() != null);
  }

  // ---------------------------------------------------------------- the suite

  @Test
  void bindsTheLoopbackInterface() {
    assertEquals("127.0.0.1", base.getHost());
    assertTrue(base.getPort() > 0);
  }

  @ParameterizedTest
  @MethodSource("constantErrors")
  void everyCatalogErrorIsSentAsDocumented(ShopError error) throws Exception {
    HttpResponse<byte[]> response = get("/errors/" + error.name());
    assertDocumented(error, response);
    error.status().headers().forEach(
        (name, value) -> assertEquals(List.of(value), response.headers().allValues(name), name));
  }

  @Test
  void templatedErrorCarriesItsArgument() throws Exception {
    assertDocumented(400, "Invalid limit: 7", get("/limit/7"));
  }

  @Test
  void aFilterAbortingWithTheFeaturesResponseSendsTheDocumentedError() throws Exception {
    assertDocumented(400, "Invalid limit: 12", get("/aborted/limit/12"));
    HttpResponse<byte[]> response = get("/aborted/retry");
    assertDocumented(ShopError.SLOW_DOWN, response);
    assertEquals(List.of("7"), response.headers().allValues("Retry-After"));
  }

  @Test
  void unknownPathIsTheDocumented404WithTheRawPath() throws Exception {
    assertDocumented(ShopError.NOT_FOUND, get("/no/such%20path?q=1"));
  }

  /**
   * Quarkus REST raises its 405 as a {@code NotAllowedException} whose response carries no {@code
   * Allow} header (it sends none without the library either), so there is none to keep: the one
   * difference from the Java SE implementations, stated in error-jaxrs's README.
   */
  @Test
  void wrongMethodIsTheDocumented405() throws Exception {
    HttpResponse<byte[]> response = send("DELETE", "/json", null, null);
    assertDocumented(ShopError.METHOD_NOT_ALLOWED, response);
    assertEquals(List.of(), response.headers().allValues("Allow"));
  }

  @Test
  void unacceptableTypeIsTheDocumented406() throws Exception {
    assertDocumented(ShopError.NOT_ACCEPTABLE, get("/json", "Accept", "text/html"));
  }

  @Test
  void unsupportedTypeIsTheDocumented415() throws Exception {
    assertDocumented(
        ShopError.UNSUPPORTED_MEDIA_TYPE, send("POST", "/raw", "text/plain", "{\"count\":1}"));
  }

  @Test
  void handParsedJsonIsAcceptedAndMalformedJsonIsTheDocumented400() throws Exception {
    HttpResponse<byte[]> ok = send("POST", "/raw", "application/json", "{\"count\":3}");
    assertEquals(200, ok.statusCode());
    assertEquals("{\"count\":3}", new String(ok.body(), UTF_8));
    assertDocumented(ShopError.BAD_REQUEST, send("POST", "/raw", "application/json", "{\"count\":"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"count\":", "[1,2", "{\"count\":\"three\"}", "nonsense"})
  void malformedOrWrongTypedJsonBoundByJacksonIsTheDocumented400(String body) throws Exception {
    HttpResponse<byte[]> ok = send("POST", "/bound", "application/json", "{\"count\":3}");
    assertEquals("count 3", new String(ok.body(), UTF_8));
    assertDocumented(ShopError.BAD_REQUEST, send("POST", "/bound", "application/json", body));
  }

  @Test
  void webApplicationExceptionWithItsOwnEntityIsReplaced() throws Exception {
    HttpResponse<byte[]> response = get("/wae-entity");
    assertDocumented(ShopError.BAD_REQUEST, response);
    assertFalse(everything(response).contains(ShopResources.SECRET));
  }

  /**
   * Issue 26: a replaced response (a {@code WebApplicationException} with an entity of its own, which
   * no mapper sees) sends the headers of the documented answer exactly: each header its status
   * declares, once, over the response's own value; {@code Allow} on a 405 and {@code Retry-After} on
   * a 503 as the response had them; none of the replaced entity's headers. Quarkus REST lost the
   * declared ones: its {@code setEntity} builds a new response from a copy of the headers.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "401|WWW-Authenticate|ApiKey realm=\"shop\"",
      "405|Allow|GET",
      "429|Retry-After|60",
      "503|Retry-After|120"})
  void aReplacedResponseSendsExactlyTheDocumentedHeaders(int code, String header, String value)
      throws Exception {
    HttpResponse<byte[]> response = get("/wae-entity/" + code);
    var answer = ShopError.table().forStatus(code);
    assertDocumented(code, answer.detail(), response);
    assertEquals(List.of(value), response.headers().allValues(header), header);
    answer.status().headers().forEach(
        (name, declared) -> assertEquals(List.of(declared), response.headers().allValues(name), name));
    assertEquals(List.of(), response.headers().allValues("Content-Language"), "Content-Language");
    assertFalse(everything(response).contains(ShopResources.SECRET));
  }

  @Test
  void undocumentedResponseIsReplacedAndTheWarningNamesTheResourceMethod() throws Exception {
    RECORDS.clear();
    assertDocumented(ShopError.BAD_REQUEST, get("/conflict"));
    assertDocumented(ShopError.BAD_REQUEST, get("/conflict"));
    List<LogRecord> warnings = records(Level.WARNING, "409");
    assertEquals(1, warnings.size(), "one warning for one cause: " + warnings);
    // @Context ResourceInfo was injected into the generated filter Quarkus instantiated.
    String message = warnings.get(0).getMessage();
    assertTrue(message.contains(ShopResources.class.getName() + "#conflict"), message);
  }

  @Test
  void documentedStatusWithAForeignBodyIsReplaced() throws Exception {
    assertDocumented(ShopError.NOT_FOUND, get("/not-found-response"));
  }

  @ParameterizedTest
  @ValueSource(ints = {402, 409, 418, 422, 451, 499})
  void undocumentedClientErrorsAnswerAsThe400(int status) throws Exception {
    assertDocumented(ShopError.BAD_REQUEST, get("/status/" + status));
  }

  @ParameterizedTest
  @ValueSource(ints = {501, 502, 504, 599})
  void undocumentedServerErrorsAnswerAsThe500(int status) throws Exception {
    assertDocumented(ShopError.INTERNAL_SERVER_ERROR, get("/status/" + status));
  }

  @Test
  void unexpectedExceptionIsTheDocumented500WithACorrelationId() throws Exception {
    RECORDS.clear();
    HttpResponse<byte[]> response = get("/secret");
    assertDocumented(ShopError.INTERNAL_SERVER_ERROR, response);
    String all = everything(response);
    assertFalse(all.contains("hunter2"), all);
    assertFalse(all.contains("IllegalStateException"), all);
    assertFalse(all.contains("ShopResources"), all);
    String id = response.headers().firstValue("X-Correlation-Id").orElse(null);
    assertNotNull(id, "correlation id header");
    List<LogRecord> errors = records(Level.SEVERE, id);
    assertEquals(1, errors.size(), "one ERROR record: " + RECORDS);
    assertTrue(errors.get(0).getThrown().getMessage().contains(ShopResources.SECRET));
  }

  /**
   * Issue 26: a response filter that fails on every answer fails on the contract's answer to its
   * first failure too; Quarkus REST then gives up, and Quarkus's error page would hold the message
   * (and, in test mode, the stack). The library's failure handler on the Vert.x router, installed by
   * the generated {@code ShopVertxRoutes}, answers the documented 500.
   */
  @Test
  void aResponseFilterFailingAgainOnTheErrorAnswerGetsTheDocumented500() throws Exception {
    HttpResponse<byte[]> response = get("/failing/always");
    assertDocumented(ShopError.INTERNAL_SERVER_ERROR, response);
    String all = everything(response);
    assertFalse(all.contains("hunter2"), all);
    assertFalse(all.contains("IllegalStateException"), all);
    assertEquals(1, response.headers().allValues("X-Correlation-Id").size(), all);
  }

  @Test
  void aCatalogExceptionsCauseIsLoggedWithTheCorrelationIdAndNeverSent() throws Exception {
    RECORDS.clear();
    HttpResponse<byte[]> response = get("/database");
    assertDocumented(ShopError.SERVICE_UNAVAILABLE, response);
    String all = everything(response);
    assertFalse(all.contains("hunter2"), all);
    assertFalse(all.contains("SQLException"), all);
    String id = response.headers().firstValue("X-Correlation-Id").orElse(null);
    assertNotNull(id, "correlation id header");
    List<LogRecord> errors = records(Level.SEVERE, id);
    assertEquals(1, errors.size(), "one ERROR record: " + RECORDS);
    assertTrue(errors.get(0).getThrown().getCause() instanceof java.sql.SQLException);
  }

  @Test
  void headOnAnErrorHasNoBody() throws Exception {
    byte[] answer = raw("HEAD /errors/ORDER_NOT_FOUND HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        + "Connection: close\r\n\r\n");
    String text = new String(answer, UTF_8);
    assertTrue(text.startsWith("HTTP/1.1 404"), text);
    assertTrue(text.contains("\r\n" + "content-type: " + CONTENT_TYPE + "\r\n")
        || text.contains("\r\n" + "Content-Type: " + CONTENT_TYPE + "\r\n"), text);
    int end = text.indexOf("\r\n\r\n");
    assertTrue(end > 0, text);
    assertEquals(end + 4, answer.length, () -> "bytes after the headers: " + text);
  }

  @Test
  void noContentHasNeitherBodyNorContentType() throws Exception {
    HttpResponse<byte[]> response = get("/empty");
    assertEquals(204, response.statusCode());
    assertEquals(0, response.body().length);
    assertEquals(Optional.empty(), response.headers().firstValue("Content-Type"));
  }

  @Test
  void retryAfterFromTheExceptionIsSent() throws Exception {
    HttpResponse<byte[]> response = get("/retry");
    assertDocumented(ShopError.SLOW_DOWN, response);
    assertEquals(List.of("30"), response.headers().allValues("Retry-After"));
  }

  @Test
  void retryAfterOfAFrameworkExceptionIsKept() throws Exception {
    HttpResponse<byte[]> response = get("/unavailable");
    assertDocumented(ShopError.SERVICE_UNAVAILABLE, response);
    assertEquals(List.of("120"), response.headers().allValues("Retry-After"));
  }

  @Test
  void declaredChallengeWinsOverTheFrameworkOne() throws Exception {
    HttpResponse<byte[]> response = get("/unauthorized");
    assertDocumented(ShopError.UNAUTHORIZED, response);
    assertEquals(
        List.of("ApiKey realm=\"shop\""), response.headers().allValues("WWW-Authenticate"));
  }

  @Test
  void redirectsPassUntouched() throws Exception {
    HttpResponse<byte[]> response = get("/redirect");
    assertEquals(303, response.statusCode());
    assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/json"));
  }
}
