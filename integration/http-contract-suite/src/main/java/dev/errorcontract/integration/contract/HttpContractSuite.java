package dev.errorcontract.integration.contract;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcontract.catalog.DocumentedError;
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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The HTTP contract cases, one copy for every runtime: each asserts the exact status, the exact body
 * bytes, the exact {@code Content-Type} and the headers the catalog declares or keeps, and that no
 * exception message, class name or stack trace leaves the server.
 *
 * <p>A runtime joins by extending this class in its own test module: it starts a server serving every
 * {@link Endpoint} with {@link ContractErrors}'s catalog (in a {@code @BeforeAll}, on 127.0.0.1 and a
 * free port, stopped in an {@code @AfterAll}), and answers {@link #base}, {@link #logged} and, where it
 * legitimately answers otherwise, {@link #deviations}. Its own cases, the ones no other runtime has, go
 * in the same class or beside it. See this module's README.
 */
public abstract class HttpContractSuite {

  /** The catalog's media type, parameter and space included: sent byte for byte. */
  public static final String CONTENT_TYPE = "application/json; charset=utf-8";

  /** The header the correlation id of an unexpected failure goes out in. */
  public static final String CORRELATION_HEADER = "X-Correlation-Id";

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  /** The URI every {@link Endpoint#path} is relative to; it ends with {@code /}. */
  protected abstract URI base();

  /**
   * Everything the server logged with {@code correlationId} in the message, the stack trace of the
   * cause included, or null if nothing was: the suite checks that the cause of a failure is there and
   * only there.
   */
  protected abstract String logged(String correlationId);

  /**
   * The deviations of this runtime, each with the reason it is legitimate there (the framework's own
   * behaviour, which the library cannot change). None by default.
   */
  protected Map<Deviation, String> deviations() {
    return Map.of();
  }

  // ---------------------------------------------------------------- helpers for the runtime's own cases

  /** Sends {@code method} to {@code path} (relative to {@link #base}) and reads every byte of the answer. */
  protected final HttpResponse<byte[]> send(String method, String path, String contentType, String body,
      String... headers) throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base().resolve(path))
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

  /** {@code GET path} with {@code headers} (name, value, ...). */
  protected final HttpResponse<byte[]> get(String path, String... headers)
      throws IOException, InterruptedException {
    return send("GET", path, null, null, headers);
  }

  /** The body the catalog promises for {@code detail} answered to a request for {@code instance}, written out by hand. */
  public static String expectedBody(String detail, String instance) {
    return "{\"detail\":\"" + detail.replace("\\", "\\\\").replace("\"", "\\\"")
        + "\",\"instance\":\"" + instance + "\"}";
  }

  /** Exact status, exact bytes (the request's raw path as the instance), exactly one exact {@code Content-Type}. */
  protected final void assertDocumented(int status, String detail, HttpResponse<byte[]> response) {
    assertDocumented(status, detail, response,
        deviates(Deviation.MEDIA_TYPE_RESPELLED) ? CONTENT_TYPE.replace("; ", ";") : CONTENT_TYPE);
  }

  /** {@link #assertDocumented(int, String, HttpResponse)} for a row of the catalog. */
  protected final void assertDocumented(DocumentedError error, HttpResponse<byte[]> response) {
    assertDocumented(error.status().code(), error.detail(), response);
  }

  /** Exact status, exact bytes (the request's raw path as the instance), exactly one {@code contentType}. */
  public static void assertDocumented(int status, String detail, HttpResponse<byte[]> response,
      String contentType) {
    String body = new String(response.body(), UTF_8);
    assertEquals(status, response.statusCode(), () -> "status; body was " + body);
    String expected = expectedBody(detail, response.uri().getRawPath());
    assertArrayEquals(expected.getBytes(UTF_8), response.body(), () -> "body " + body);
    assertEquals(List.of(contentType), response.headers().allValues("Content-Type"), "Content-Type");
    response.headers().firstValue("Content-Length").ifPresent(length ->
        assertEquals(Integer.toString(response.body().length), length, "Content-Length"));
  }

  /** Every header line and the body, for "appears nowhere" checks. */
  public static String everything(HttpResponse<byte[]> response) {
    return response.headers().map() + "\n" + new String(response.body(), UTF_8);
  }

  /** Nothing of a failure leaves the server: not the secret, not an exception's class name. */
  public static void assertNothingLeaks(HttpResponse<byte[]> response) {
    String all = everything(response);
    assertFalse(all.contains(ContractCatalog.SECRET), all);
    assertFalse(all.contains("hunter2"), all);
    assertFalse(all.contains("Exception"), all);
    assertFalse(all.contains("\tat "), all);
  }

  /** Sends {@code request} as written on a raw socket and returns every byte answered until close or 10 s. */
  protected final byte[] raw(String request) throws IOException {
    URI base = base();
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
        // The server kept the connection despite Connection: close; what came counts.
      }
      return answer.toByteArray();
    }
  }

  private boolean deviates(Deviation deviation) {
    return deviations().containsKey(deviation);
  }

  static Stream<ContractError> constantErrors() {
    return Arrays.stream(ContractError.values()).filter(e -> e.body() != null);
  }

  // ---------------------------------------------------------------- the cases

  @Test
  void everyDeviationSaysWhy() {
    deviations().forEach((deviation, reason) ->
        assertTrue(reason != null && reason.strip().length() > 20, deviation + " needs its reason"));
    assertEquals("127.0.0.1", base().getHost(), "the test server binds the loopback interface");
    assertTrue(base().getPath().endsWith("/"), "the base URI ends with /: " + base());
  }

  @ParameterizedTest
  @MethodSource("constantErrors")
  void everyCatalogExceptionIsSentAsDocumentedWithItsDeclaredHeaders(ContractError error)
      throws Exception {
    HttpResponse<byte[]> response = get("errors/" + error.name());
    assertDocumented(error, response);
    error.status().headers().forEach(
        (name, value) -> assertEquals(List.of(value), response.headers().allValues(name), name));
  }

  @Test
  void aTemplatedErrorCarriesItsArgument() throws Exception {
    assertDocumented(400, "Invalid limit: 7", get("limit/7"));
  }

  @Test
  void anExceptionsOwnRetryAfterReplacesTheDeclaredOne() throws Exception {
    HttpResponse<byte[]> response = get("retry");
    assertDocumented(ContractError.SLOW_DOWN, response);
    assertEquals(List.of("30"), response.headers().allValues("Retry-After"));
  }

  @Test
  void aCatalogExceptionsCauseIsLoggedWithTheCorrelationIdAndNeverSent() throws Exception {
    HttpResponse<byte[]> response = get("caused");
    assertDocumented(ContractError.MAINTENANCE, response);
    assertNothingLeaks(response);
    List<String> ids = response.headers().allValues(CORRELATION_HEADER);
    assertEquals(1, ids.size(), "one correlation id: " + ids);
    String log = logged(ids.get(0));
    assertNotNull(log, "the failure logged with " + ids.get(0));
    assertTrue(log.contains("database at " + ContractCatalog.SECRET), log);
  }

  @Test
  void anUnknownPathIsTheDocumented404() throws Exception {
    assertDocumented(ContractError.NOT_FOUND, get("no/such/path"));
  }

  @Test
  void aWrongMethodIsTheDocumented405WithAllow() throws Exception {
    HttpResponse<byte[]> response = send("DELETE", "json", null, null);
    assertDocumented(ContractError.METHOD_NOT_ALLOWED, response);
    String allow = String.join(",", response.headers().allValues("Allow")).toUpperCase(Locale.ROOT);
    assertTrue(allow.contains("GET"), "Allow: " + allow);
    assertFalse(allow.contains("DELETE"), "Allow: " + allow);
  }

  @Test
  void anUnacceptableTypeIsTheDocumented406() throws Exception {
    assertDocumented(ContractError.NOT_ACCEPTABLE, get("json", "Accept", "text/html"));
  }

  @Test
  void anUnsupportedTypeIsTheDocumented415() throws Exception {
    assertDocumented(
        ContractError.UNSUPPORTED_MEDIA_TYPE, send("POST", "raw", "text/plain", "{\"count\":1}"));
  }

  @Test
  void aBodyTheHandlerRejectsItselfIsTheDocumented400() throws Exception {
    HttpResponse<byte[]> ok = send("POST", "raw", "application/json", "{\"count\":3}");
    assertEquals(200, ok.statusCode());
    assertEquals("{\"count\":3}", new String(ok.body(), UTF_8));
    HttpResponse<byte[]> bad = send("POST", "raw", "application/json", "{\"count\":");
    assertDocumented(ContractError.BAD_REQUEST, bad);
    assertNothingLeaks(bad);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"count\":", "[1,2", "{\"count\":\"three\"}", "nonsense"})
  void aBodyTheBindingCannotReadIsTheUnreadableBodyRow(String body) throws Exception {
    ContractError unbound = deviates(Deviation.NO_JSON_BINDING_IS_415)
        ? ContractError.UNSUPPORTED_MEDIA_TYPE
        : deviates(Deviation.NO_JSON_BINDING_IS_UNREADABLE_BODY) ? ContractError.MALFORMED_BODY : null;
    if (unbound != null) {
      assertDocumented(unbound, send("POST", "bound", "application/json", "{\"count\":3}"));
      assertDocumented(unbound, send("POST", "bound", "application/json", body));
      return;
    }
    HttpResponse<byte[]> ok = send("POST", "bound", "application/json", "{\"count\":3}");
    assertEquals(200, ok.statusCode());
    assertEquals("count 3", new String(ok.body(), UTF_8));
    HttpResponse<byte[]> bad = send("POST", "bound", "application/json", body);
    assertDocumented(ContractError.MALFORMED_BODY, bad);
    assertNothingLeaks(bad);
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 404, 405, 429, 503})
  void aDocumentedStatusRaisedByTheFrameworkIsItsStatusAnswer(int status) throws Exception {
    HttpResponse<byte[]> response = get("status/" + status);
    DocumentedError answer = ContractError.table().forStatus(status);
    assertDocumented(answer, response);
    answer.status().headers().forEach(
        (name, value) -> assertEquals(List.of(value), response.headers().allValues(name), name));
  }

  @ParameterizedTest
  @ValueSource(ints = {402, 409, 418, 422, 451, 499})
  void anUndocumentedClientErrorIsTheDocumented400(int status) throws Exception {
    assertDocumented(ContractError.BAD_REQUEST, get("status/" + status));
  }

  @ParameterizedTest
  @ValueSource(ints = {501, 502, 504, 599})
  void anUndocumentedServerErrorIsTheDocumented500(int status) throws Exception {
    assertDocumented(ContractError.INTERNAL_SERVER_ERROR, get("status/" + status));
  }

  /**
   * A response the application built with a body of its own is replaced by the documented answer,
   * with exactly the documented headers: each header its status declares, once, over the response's
   * own value; {@code Allow} on a 405 and {@code Retry-After} on a 503 as the response had them; none
   * of the replaced body's headers.
   */
  @ParameterizedTest
  @ValueSource(ints = {400, 401, 404, 405, 409, 429, 503})
  void anErrorResponseTheApplicationBuiltIsReplacedWithExactlyTheDocumentedHeaders(int code)
      throws Exception {
    HttpResponse<byte[]> response = get("built/" + code);
    if (deviates(Deviation.BUILT_RESPONSE_SENT_AS_BUILT)) {
      assertEquals(code, response.statusCode());
      assertEquals(ContractCatalog.builtBody(), new String(response.body(), UTF_8));
      assertEquals(List.of("en"), response.headers().allValues("Content-Language"));
      return;
    }
    DocumentedError answer =
        code == 409 ? ContractError.BAD_REQUEST : ContractError.table().forStatus(code);
    assertDocumented(answer, response);
    answer.status().headers().forEach(
        (name, declared) -> assertEquals(List.of(declared), response.headers().allValues(name), name));
    String[] kept = ContractCatalog.builtHeader(code);
    if (code == 405 || code == 503) {
      assertEquals(List.of(kept[1]), response.headers().allValues(kept[0]), kept[0]);
    }
    assertEquals(List.of(), response.headers().allValues("Content-Language"), "Content-Language");
    assertNothingLeaks(response);
  }

  @Test
  void aFrameworkExceptionsRetryAfterIsKept() throws Exception {
    HttpResponse<byte[]> response = get("unavailable");
    assertDocumented(ContractError.SERVICE_UNAVAILABLE, response);
    assertEquals(List.of("120"), response.headers().allValues("Retry-After"));
  }

  @Test
  void theDeclaredChallengeWinsOverTheFrameworksOwn() throws Exception {
    HttpResponse<byte[]> response = get("unauthorized");
    assertDocumented(ContractError.UNAUTHORIZED, response);
    assertEquals(
        List.of("ApiKey realm=\"contract\""), response.headers().allValues("WWW-Authenticate"));
  }

  @Test
  void anUnexpectedFailureIsTheDocumented500WithACorrelationIdAndTheCauseOnlyInTheLog()
      throws Exception {
    HttpResponse<byte[]> response = get("secret");
    assertDocumented(ContractError.INTERNAL_SERVER_ERROR, response);
    assertNothingLeaks(response);
    List<String> ids = response.headers().allValues(CORRELATION_HEADER);
    assertEquals(1, ids.size(), "one correlation id: " + ids);
    assertTrue(ids.get(0).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"),
        ids.get(0));
    String log = logged(ids.get(0));
    assertNotNull(log, "the failure logged with " + ids.get(0));
    assertTrue(log.contains("cannot connect with " + ContractCatalog.SECRET), log);
  }

  @Test
  void headOnAnErrorHasItsStatusAndTypeAndNoBody() throws Exception {
    byte[] answer = raw("HEAD " + base().getRawPath() + "errors/PASSPORT_NOT_FOUND HTTP/1.1\r\n"
        + "Host: 127.0.0.1\r\nConnection: close\r\n\r\n");
    String text = new String(answer, UTF_8);
    assertTrue(text.startsWith("HTTP/1.1 404"), text);
    String type = deviates(Deviation.MEDIA_TYPE_RESPELLED) ? CONTENT_TYPE.replace("; ", ";") : CONTENT_TYPE;
    assertTrue(text.toLowerCase(Locale.ROOT).contains("\r\ncontent-type: " + type + "\r\n"), text);
    int end = text.indexOf("\r\n\r\n");
    assertTrue(end > 0, text);
    assertEquals(end + 4, answer.length, () -> "bytes after the headers: " + text);
  }

  @Test
  void noContentHasNeitherBodyNorContentType() throws Exception {
    HttpResponse<byte[]> response = get("empty");
    assertEquals(204, response.statusCode());
    assertEquals(0, response.body().length);
    assertEquals(Optional.empty(), response.headers().firstValue("Content-Type"));
  }

  @Test
  void redirectsPassUntouched() throws Exception {
    HttpResponse<byte[]> response = get("redirect");
    assertEquals(303, response.statusCode());
    assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/json"),
        response.headers().map().toString());
    assertFalse(response.headers().firstValue(CORRELATION_HEADER).isPresent());
  }
}
