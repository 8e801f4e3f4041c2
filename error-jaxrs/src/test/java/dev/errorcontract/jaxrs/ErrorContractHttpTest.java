package dev.errorcontract.jaxrs;

import static dev.errorcontract.jaxrs.TestErrors.expectedJson;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.ws.rs.SeBootstrap;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.ext.RuntimeDelegate;
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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
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
 * The acceptance suite: a real server started through {@link SeBootstrap} on 127.0.0.1, whichever
 * implementation and JSON provider the class path holds (one surefire execution per combination, see
 * the pom), probed over HTTP. Every error response must be a documented one, byte for byte.
 */
class ErrorContractHttpTest {

  /** Which implementation this run must be on; set per surefire execution. */
  private static final String IMPLEMENTATION =
      System.getProperty("errorcontract.implementation", "any");
  /** Which JSON provider this run has on its class path: none, jackson or jsonb. */
  private static final String JSON = System.getProperty("errorcontract.json", "none");

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

  private static SeBootstrap.Instance server;
  private static int port;
  private static HttpClient client;

  @BeforeAll
  static void start() throws Exception {
    LOG.addHandler(CAPTURE);
    LOG.setLevel(Level.ALL);
    // getClasses(), as an application lists the generated feature class: portable, not deprecated.
    Set<Class<?>> classes = new HashSet<>();
    classes.add(TestResources.class);
    classes.add(TestResources.AbortingFilter.class);
    classes.add(TestResources.FailingFilter.class);
    classes.add(TestFeature.class);
    jacksonProvider().ifPresent(classes::add);
    Application application =
        new Application() {
          @Override
          public Set<Class<?>> getClasses() {
            return classes;
          }
        };
    SeBootstrap.Configuration configuration =
        SeBootstrap.Configuration.builder()
            .protocol("HTTP")
            .host("127.0.0.1")
            .port(0)
            .rootPath("/")
            .build();
    server =
        SeBootstrap.start(application, configuration).toCompletableFuture().get(30, TimeUnit.SECONDS);
    port = server.configuration().port();
    client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  /** Jackson's JAX-RS provider is not discovered by every implementation: register it as users do. */
  /**
   * The one {@code ERROR} record logged since {@code RECORDS} was cleared, which must name the
   * correlation id the response carries.
   */
  private static LogRecord theErrorLoggedFor(HttpResponse<byte[]> response) {
    String id = response.headers().firstValue("X-Correlation-Id").orElse(null);
    assertNotNull(id, "correlation id header");
    List<LogRecord> errors = new ArrayList<>();
    for (LogRecord record : RECORDS) {
      if (record.getLevel() == Level.SEVERE) {
        errors.add(record);
      }
    }
    assertEquals(1, errors.size(), "one ERROR record");
    assertTrue(errors.get(0).getMessage().contains(id), errors.get(0).getMessage());
    return errors.get(0);
  }

  private static Optional<Class<?>> jacksonProvider() throws ClassNotFoundException {
    if (!JSON.equals("jackson")) {
      return Optional.empty();
    }
    return Optional.of(Class.forName("com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider"));
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      server.stop().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }
    LOG.removeHandler(CAPTURE);
  }

  // ---------------------------------------------------------------- helpers

  private static HttpResponse<byte[]> send(String method, String path, String contentType,
      String body, String... headers) throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
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
    return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static HttpResponse<byte[]> get(String path, String... headers)
      throws IOException, InterruptedException {
    return send("GET", path, null, null, headers);
  }

  /** Asserts the documented answer: status, exact bytes, exact Content-Type. */
  private static void assertDocumented(int status, String detail, HttpResponse<byte[]> response) {
    String body = new String(response.body(), UTF_8);
    assertEquals(status, response.statusCode(), () -> "status; body was " + body);
    assertArrayEquals(expectedJson(detail).getBytes(UTF_8), response.body(), () -> "body " + body);
    assertEquals(
        List.of("application/json"), response.headers().allValues("Content-Type"), "Content-Type");
  }

  private static void assertDocumented(TestError error, HttpResponse<byte[]> response) {
    assertDocumented(error.status().code(), error.detail(), response);
  }

  /** Every header line and the body, for "appears nowhere" checks. */
  private static String everything(HttpResponse<byte[]> response) {
    return response.headers().map() + "\n" + new String(response.body(), UTF_8);
  }

  /** Sends a raw request with Connection: close and returns every byte the server answered. */
  private static byte[] raw(String request) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
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
        // Some containers keep the connection a while despite Connection: close; what came counts.
      }
      return answer.toByteArray();
    }
  }

  static Stream<TestError> constantErrors() {
    return Arrays.stream(TestError.values()).filter(e -> e.body() != null);
  }

  // ---------------------------------------------------------------- the suite

  @Test
  void runsOnTheIntendedImplementation() {
    String delegate = RuntimeDelegate.getInstance().getClass().getName();
    String expectedPackage =
        Map.of("jersey", "org.glassfish.jersey.", "resteasy", "org.jboss.resteasy.", "cxf",
                "org.apache.cxf.")
            .getOrDefault(IMPLEMENTATION, "");
    assertTrue(delegate.startsWith(expectedPackage), delegate + " is not " + IMPLEMENTATION);
  }

  @ParameterizedTest
  @MethodSource("constantErrors")
  void everyCatalogErrorIsSentAsDocumented(TestError error) throws Exception {
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
    assertDocumented(TestError.SLOW_DOWN, response);
    assertEquals(List.of("7"), response.headers().allValues("Retry-After"));
  }

  @Test
  void unknownPathIsTheDocumented404() throws Exception {
    assertDocumented(TestError.NOT_FOUND, get("/no/such/path"));
  }

  @Test
  void wrongMethodIsTheDocumented405WithAllow() throws Exception {
    HttpResponse<byte[]> response = send("DELETE", "/json", null, null);
    assertDocumented(TestError.METHOD_NOT_ALLOWED, response);
    String allow = String.join(",", response.headers().allValues("Allow")).toUpperCase(Locale.ROOT);
    assertTrue(allow.contains("GET"), "Allow: " + allow);
    assertFalse(allow.contains("DELETE"), "Allow: " + allow);
  }

  @Test
  void unacceptableTypeIsTheDocumented406() throws Exception {
    assertDocumented(TestError.NOT_ACCEPTABLE, get("/json", "Accept", "text/html"));
  }

  @Test
  void unsupportedTypeIsTheDocumented415() throws Exception {
    assertDocumented(
        TestError.UNSUPPORTED_MEDIA_TYPE, send("POST", "/raw", "text/plain", "{\"count\":1}"));
  }

  @Test
  void handParsedJsonIsAcceptedAndMalformedJsonIsTheDocumented400() throws Exception {
    HttpResponse<byte[]> ok = send("POST", "/raw", "application/json", "{\"count\":3}");
    assertEquals(200, ok.statusCode());
    assertEquals("{\"count\":3}", new String(ok.body(), UTF_8));
    HttpResponse<byte[]> bad = send("POST", "/raw", "application/json", "{\"count\":");
    assertDocumented(TestError.BAD_REQUEST, bad);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"count\":", "[1,2", "{\"count\":\"three\"}", "nonsense"})
  void malformedJsonBoundByTheProviderIsTheDocumented400(String body) throws Exception {
    assumeTrue(!JSON.equals("none"), "needs a JSON provider");
    HttpResponse<byte[]> ok = send("POST", "/bound", "application/json", "{\"count\":3}");
    assertEquals("count 3", new String(ok.body(), UTF_8));
    assertDocumented(TestError.BAD_REQUEST, send("POST", "/bound", "application/json", body));
  }

  @Test
  void webApplicationExceptionWithItsOwnEntityIsReplaced() throws Exception {
    HttpResponse<byte[]> response = get("/wae-entity");
    assertDocumented(TestError.BAD_REQUEST, response);
    assertFalse(everything(response).contains(TestResources.SECRET));
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
      "401|WWW-Authenticate|ApiKey realm=\"test\"",
      "405|Allow|GET",
      "429|Retry-After|60",
      "503|Retry-After|120"})
  void aReplacedResponseSendsExactlyTheDocumentedHeaders(int code, String header, String value)
      throws Exception {
    HttpResponse<byte[]> response = get("/wae-entity/" + code);
    var answer = TestError.table().forStatus(code);
    assertDocumented(code, answer.detail(), response);
    assertEquals(List.of(value), response.headers().allValues(header), header);
    answer.status().headers().forEach(
        (name, declared) -> assertEquals(List.of(declared), response.headers().allValues(name), name));
    assertEquals(List.of(), response.headers().allValues("Content-Language"), "Content-Language");
    assertFalse(everything(response).contains(TestResources.SECRET));
  }

  @Test
  void undocumentedResponseFromAResourceIsReplacedAndLoggedOnce() throws Exception {
    RECORDS.clear();
    assertDocumented(TestError.BAD_REQUEST, get("/conflict"));
    assertDocumented(TestError.BAD_REQUEST, get("/conflict"));
    long warnings =
        RECORDS.stream()
            .filter(r -> r.getLevel() == Level.WARNING && r.getMessage().contains("409"))
            .count();
    assertEquals(1, warnings, "one warning for one cause");
  }

  @Test
  void documentedStatusWithAForeignBodyIsReplaced() throws Exception {
    assertDocumented(TestError.NOT_FOUND, get("/not-found-response"));
  }

  @ParameterizedTest
  @ValueSource(ints = {402, 409, 418, 422, 451, 499})
  void undocumentedClientErrorsAnswerAsThe400(int status) throws Exception {
    assertDocumented(TestError.BAD_REQUEST, get("/status/" + status));
  }

  @ParameterizedTest
  @ValueSource(ints = {501, 502, 504, 599})
  void undocumentedServerErrorsAnswerAsThe500(int status) throws Exception {
    assertDocumented(TestError.INTERNAL_SERVER_ERROR, get("/status/" + status));
  }

  @Test
  void unexpectedExceptionIsTheDocumented500WithACorrelationId() throws Exception {
    RECORDS.clear();
    HttpResponse<byte[]> response = get("/secret");
    assertDocumented(TestError.INTERNAL_SERVER_ERROR, response);
    String all = everything(response);
    assertFalse(all.contains("hunter2"), all);
    assertFalse(all.contains("IllegalStateException"), all);
    assertFalse(all.contains("TestResources"), all);
    LogRecord record = theErrorLoggedFor(response);
    assertNotNull(record.getThrown());
    assertTrue(record.getThrown().getMessage().contains(TestResources.SECRET));
  }

  /**
   * An {@code Error} from a filter, which no implementation hands to its mappers: on Jersey and CXF
   * the library's adapters do. RESTEasy's is answered by Undertow, outside JAX-RS: error-servlet's
   * {@code ResteasyUndertowHttpTest} covers it there.
   */
  @ParameterizedTest
  @ValueSource(strings = {"request-filter", "response-filter"})
  void anErrorFromAFilterIsTheDocumented500WithACorrelationId(String site) throws Exception {
    assumeFalse(IMPLEMENTATION.equals("resteasy"), "RESTEasy: answered by Undertow (error-servlet)");
    RECORDS.clear();
    HttpResponse<byte[]> response = get("/failing/" + site);
    assertDocumented(TestError.INTERNAL_SERVER_ERROR, response);
    String all = everything(response);
    assertFalse(all.contains("hunter2"), all);
    assertFalse(all.contains("AssertionError"), all);
    Throwable logged = theErrorLoggedFor(response).getThrown();
    assertTrue(logged instanceof AssertionError, String.valueOf(logged));
  }

  @Test
  void headOnAnErrorHasNoBody() throws Exception {
    byte[] answer = raw("HEAD /errors/PASSPORT_NOT_FOUND HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        + "Connection: close\r\n\r\n");
    String text = new String(answer, UTF_8);
    assertTrue(text.startsWith("HTTP/1.1 404"), text);
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
    byte[] answer = raw("GET /empty HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    String text = new String(answer, UTF_8);
    assertTrue(text.startsWith("HTTP/1.1 204"), text);
    assertFalse(text.toLowerCase(Locale.ROOT).contains("content-type"), text);
    assertTrue(text.endsWith("\r\n\r\n"), text);
  }

  @Test
  void retryAfterFromTheExceptionIsSent() throws Exception {
    HttpResponse<byte[]> response = get("/retry");
    assertDocumented(TestError.SLOW_DOWN, response);
    assertEquals(List.of("30"), response.headers().allValues("Retry-After"));
  }

  @Test
  void retryAfterOfAFrameworkExceptionIsKept() throws Exception {
    HttpResponse<byte[]> response = get("/unavailable");
    assertDocumented(TestError.SERVICE_UNAVAILABLE, response);
    assertEquals(List.of("120"), response.headers().allValues("Retry-After"));
  }

  @Test
  void declaredChallengeWinsOverTheFrameworkOne() throws Exception {
    HttpResponse<byte[]> response = get("/unauthorized");
    assertDocumented(TestError.UNAUTHORIZED, response);
    assertEquals(
        List.of("ApiKey realm=\"test\""), response.headers().allValues("WWW-Authenticate"));
  }

  @Test
  void redirectsPassUntouched() throws Exception {
    HttpResponse<byte[]> response = get("/redirect");
    assertEquals(303, response.statusCode());
    assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/json"));
  }
}
