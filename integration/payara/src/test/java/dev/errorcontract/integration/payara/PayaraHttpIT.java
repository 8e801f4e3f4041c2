package dev.errorcontract.integration.payara;

import static dev.errorcontract.integration.payara.TestErrors.expectedJson;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * error-jaxrs's HTTP suite against a WAR deployed to Payara Micro at {@code /}: an empty {@code
 * Application}, the catalog and the resources, everything found by scanning. Every error response must
 * be a documented one, byte for byte. Payara brings its own JSON provider (JSON-B), so the bound-JSON
 * cases run too.
 *
 * <p>The same WAR plus a {@code WEB-INF/web.xml} with only an error page is deployed beside it at
 * {@code /covered}: it shows what a servlet-level adapter (an error page a library could declare in a
 * {@code web-fragment.xml}) covers of the servlet container's own answers.
 */
class PayaraHttpIT {

  /**
   * The servlet container's 404s forwarded to a path the JAX-RS application answers with the catalog's
   * 404: what a library's web-fragment.xml could declare.
   */
  private static final String ERROR_PAGE_WEB_XML =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<web-app xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"6.0\">\n"
          + "  <error-page>\n"
          + "    <error-code>404</error-code>\n"
          + "    <location>/errors/NOT_FOUND</location>\n"
          + "  </error-page>\n"
          + "</web-app>\n";

  private static PayaraMicro server;
  private static HttpClient client;

  @BeforeAll
  static void start() throws Exception {
    Path war = PayaraMicro.path("payara.war");
    Path wars = Files.createTempDirectory("payara-wars");
    Path root = Files.copy(war, wars.resolve("ROOT.war"));
    Path covered = Files.copy(war, wars.resolve("covered.war"));
    try (FileSystem zip = FileSystems.newFileSystem(covered)) {
      Files.writeString(zip.getPath("WEB-INF", "web.xml"), ERROR_PAGE_WEB_XML);
    }
    server = PayaraMicro.start(PayaraMicro.path("payara.jar"), List.of(root, covered));
    client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  // ---------------------------------------------------------------- helpers

  private static HttpResponse<byte[]> send(String method, String path, String contentType,
      String body, String... headers) throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
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
  static byte[] raw(int port, String request) throws IOException {
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
        // The connection stayed open despite Connection: close; what came counts.
      }
      return answer.toByteArray();
    }
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  static Stream<TestError> constantErrors() {
    return Arrays.stream(TestError.values()).filter(e -> e.body() != null);
  }

  // ---------------------------------------------------------------- the suite

  @Test
  void runsOnPayara() throws Exception {
    assertTrue(server.log().contains("Payara Micro"), "not Payara Micro's log");
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
    assertDocumented(TestError.BAD_REQUEST, send("POST", "/raw", "application/json", "{\"count\":"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"count\":", "[1,2", "{\"count\":\"three\"}", "nonsense"})
  void malformedAndWrongTypedJsonBoundByTheProviderIsTheDocumented400(String body)
      throws Exception {
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
   * a 503 as the response had them; none of the replaced entity's headers.
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
    assertDocumented(TestError.BAD_REQUEST, get("/conflict"));
    assertDocumented(TestError.BAD_REQUEST, get("/conflict"));
    // From this method: the corpus's WebApplicationExceptions with an entity are warned about too.
    assertEquals(
        1,
        count(server.log(), "Undocumented 409 response from " + TestResources.class.getName()
            + "#conflict"),
        "one warning");
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
  void unexpectedExceptionIsTheDocumented500WithACorrelationIdAndTheCauseOnlyInTheLog()
      throws Exception {
    HttpResponse<byte[]> response = get("/secret");
    assertDocumented(TestError.INTERNAL_SERVER_ERROR, response);
    String all = everything(response);
    assertFalse(all.contains("hunter2"), all);
    assertFalse(all.contains("IllegalStateException"), all);
    assertFalse(all.contains("TestResources"), all);
    String id = response.headers().firstValue("X-Correlation-Id").orElse(null);
    assertNotNull(id, "correlation id header");
    String log = waitForLog("correlation id " + id);
    Matcher logged = Pattern.compile(Pattern.quote("correlation id " + id) + "[\\s\\S]*"
        + Pattern.quote(TestResources.SECRET)).matcher(log);
    assertTrue(logged.find(), "the cause, with the id, in the server log");
  }

  private static String waitForLog(String part) throws Exception {
    // The server's log is written by another process: give it a moment to reach the file.
    for (int i = 0; i < 50; i++) {
      String log = server.log();
      if (log.contains(part)) {
        return log;
      }
      Thread.sleep(100);
    }
    return server.log();
  }

  @Test
  void headOnAnErrorHasNoBody() throws Exception {
    byte[] answer = raw(server.port(), "HEAD /errors/PASSPORT_NOT_FOUND HTTP/1.1\r\n"
        + "Host: 127.0.0.1\r\nConnection: close\r\n\r\n");
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
  // ------------------------------------------------- what Payara answers itself (not covered)
  //
  // These pin what the server sends before any application code runs, so that a change in Payara
  // shows up here. None is a documented answer; see this module's README for why no adapter in the
  // application can reach them, and which one (a servlet error page) could.

  /** The head of {@code answer} up to the blank line, and what follows it. */
  private static String[] headAndBody(byte[] answer) {
    String text = new String(answer, UTF_8);
    int end = text.indexOf("\r\n\r\n");
    assertTrue(end > 0, text);
    return new String[] {text.substring(0, end), text.substring(end + 4)};
  }

  @Test
  void grizzlyRejectsABadContentLengthWithAnEmpty400BeforeTheApplication() throws Exception {
    String[] answer =
        headAndBody(raw(server.port(), "POST /raw HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            + "Content-Length: abc\r\n\r\n"));
    assertTrue(answer[0].startsWith("HTTP/1.1 400 Bad Request\r\n"), answer[0]);
    assertTrue(answer[0].contains("\r\nContent-Length: 0"), answer[0]);
    assertFalse(answer[0].contains("Content-Type"), answer[0]);
    assertEquals("", answer[1]);
  }

  @Test
  void grizzlyRejectsAnEncodedNulWithAnEmpty400InvalidUri() throws Exception {
    String[] answer =
        headAndBody(raw(server.port(), "GET /a%00b HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
    assertTrue(answer[0].startsWith("HTTP/1.1 400 Invalid URI\r\n"), answer[0]);
    assertEquals("", answer[1]);
  }

  @Test
  void anInvalidEscapeInThePathGetsAnEmpty200FromTheWebContainer() throws Exception {
    // The web container's mapper fails to decode "%zz" (logged as SEVERE) and sends what it has.
    String[] answer =
        headAndBody(raw(server.port(), "GET /json/%zz HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            + "Connection: close\r\n\r\n"));
    assertTrue(answer[0].startsWith("HTTP/1.1 200 OK\r\n"), answer[0]);
    assertTrue(answer[0].contains("\r\nContent-Length: 0"), answer[0]);
    assertEquals("", answer[1]);
  }

  @Test
  void errorServletAnswersTheServletContainersOwn404AsDocumented() throws Exception {
    // WEB-INF and META-INF are never served, even with the application at "/": the servlet
    // container's own 404, answered by error-servlet's default error page (its web-fragment.xml).
    assertDocumented(TestError.NOT_FOUND, get("/WEB-INF/web.xml"));
    assertDocumented(TestError.NOT_FOUND, get("/META-INF/MANIFEST.MF"));
    // The error servlet's own path, requested directly, is a path the API does not have.
    assertDocumented(TestError.NOT_FOUND, get("/.error-contract/container-error"));
  }

  @Test
  void anErrorFromAFilterGetsTheDocumented500() throws Exception {
    // Jersey hands an Error thrown by a filter to no mapper: the Jersey adapter Payara's Jersey
    // discovers in error-jaxrs answers it (error-servlet's error page for Throwable would, were it to
    // leave the JAX-RS servlet; the corpus has many more).
    long seed = 7;
    int index = 0;
    dev.errorcontract.integration.corpus.CorpusCase corpusCase = null;
    for (; index < 10_000; index++) {
      corpusCase = dev.errorcontract.integration.corpus.ThrowableCorpus.caseOf(seed, index);
      if (corpusCase.kind() == dev.errorcontract.integration.corpus.CorpusKind.ERROR
          && corpusCase.site() == dev.errorcontract.integration.corpus.Site.REQUEST_FILTER) {
        break;
      }
    }
    HttpResponse<byte[]> response = get("/" + corpusCase.path());
    assertDocumented(TestError.INTERNAL_SERVER_ERROR, response);
    assertFalse(everything(response).contains(corpusCase.secret()), everything(response));
    String id = response.headers().firstValue("X-Correlation-Id").orElse(null);
    assertNotNull(id, "correlation id header");
    String log = waitForLog("correlation id " + id);
    assertTrue(log.contains(corpusCase.secret()), "logged");
    // Answered inside JAX-RS by the contract's Throwable mapper, through the Jersey adapter that the
    // scanned generated providers switch on (issue 26), not by error-servlet's page after it left.
    assertTrue(log.contains("Unexpected failure answered as documented; correlation id " + id), log);
  }

  @Test
  void anErrorPageOfTheApplicationAnswersTheServletContainersOwn404AsDocumented() throws Exception {
    assertDocumented(TestError.NOT_FOUND, get("/covered/WEB-INF/web.xml"));
    assertDocumented(TestError.NOT_FOUND, get("/covered/META-INF/MANIFEST.MF"));
    assertDocumented(TestError.NOT_FOUND, get("/covered/no/such/path"));
  }

  @Test
  void anErrorPageDoesNotReachWhatGrizzlyRejects() throws Exception {
    String[] answer =
        headAndBody(raw(server.port(), "POST /covered/raw HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            + "Content-Length: abc\r\n\r\n"));
    assertTrue(answer[0].startsWith("HTTP/1.1 400 Bad Request\r\n"), answer[0]);
    assertEquals("", answer[1]);
  }

  /**
   * RELIABILITY.md's random-throwable figure on Payara: the seeded corpus ({@code -Dcorpus.seed},
   * {@code -Dcorpus.size}) thrown from the corpus's resource, request filter and response filter
   * (classes of throwable-corpus in {@code WEB-INF/lib}, found by scanning) of the WAR at {@code /}. Same server as the other cases: a second Payara start
   * would cost a minute.
   */
  @Test
  void everyRandomThrowableGetsADocumentedAnswerAndLeaksNothing() throws Exception {
    dev.errorcontract.integration.corpus.CorpusTally tally =
        dev.errorcontract.integration.corpus.CorpusRun.run(
            "payara", URI.create("http://127.0.0.1:" + server.port() + "/"), TestError.table(),
            PayaraHttpIT::corpusGap);
    assertTrue(tally.clean(), tally.summary());
  }

  /** The corpus cases Payara answers itself (see RELIABILITY.md); none known yet. */
  static boolean corpusGap(dev.errorcontract.integration.corpus.CorpusCase corpusCase) {
    return false;
  }
}
