package dev.errorcontract.spring.webflux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.server.WebExceptionHandler;

/**
 * A Spring Boot WebFlux application on Reactor Netty, with error-contract's auto-configuration and
 * nothing else of it: what WebFlux has beyond the HTTP contract suite every runtime runs ({@link
 * ContractSuiteHttpTest}: catalog exceptions and their headers, 405, 406, 415, unreadable bodies,
 * statuses, failures): Monos, a throwing web filter, functional routes, the application's own handler,
 * each asserted by its exact status, headers and body bytes over HTTP.
 */
class WebFluxHttpTest {

  private static final String JSON = "application/json";
  private static ConfigurableApplicationContext app;
  private static HttpClient client;
  private static String base;
  private static final List<LogRecord> LOGGED = new CopyOnWriteArrayList<>();
  /** Held: java.util.logging keeps loggers weakly, and a collected one would lose the handler. */
  private static final Logger LOGGER = Logger.getLogger(ErrorContractWebExceptionHandler.LOGGER);
  private static final Handler CAPTURE = new Handler() {
    @Override
    public void publish(LogRecord record) {
      LOGGED.add(record);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  @BeforeAll
  static void start() {
    app = new SpringApplicationBuilder(FluxApp.class)
        .properties(
            "server.address=127.0.0.1",
            "server.port=0",
            "spring.main.banner-mode=off",
            // Two catalogs on this class path (OtherErrors too): name the one answering.
            "error-contract.webflux.catalog=Flux")
        .run();
    base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
    client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    LOGGER.addHandler(CAPTURE);
  }

  @AfterAll
  static void stop() {
    LOGGER.removeHandler(CAPTURE);
    if (app != null) {
      app.close();
    }
  }

  @BeforeEach
  void forget() {
    LOGGED.clear();
  }

  /** The body the catalog promises, written out independently of the library. */
  static String body(String detail, String instance) {
    return "{\"detail\":\"" + detail.replace("\"", "\\\"") + "\",\"instance\":\"" + instance + "\"}";
  }

  private static HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static HttpRequest.Builder get(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).GET();
  }

  private static HttpRequest.Builder post(String path, String contentType, String body) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  private static void assertAnswer(HttpResponse<byte[]> response, int status, String expectedBody) {
    assertEquals(status, response.statusCode(), () -> new String(response.body(), StandardCharsets.UTF_8));
    assertEquals(expectedBody, new String(response.body(), StandardCharsets.UTF_8));
    assertEquals(Optional.of(JSON), response.headers().firstValue("Content-Type"));
    assertEquals(
        Optional.of(Integer.toString(expectedBody.getBytes(StandardCharsets.UTF_8).length)),
        response.headers().firstValue("Content-Length"));
  }

  private static Optional<String> header(HttpResponse<?> response, String name) {
    return response.headers().firstValue(name);
  }

  @Test
  void theHandlerRunsBeforeBootsOwnWhichIsThereToo() {
    List<String> handlers = app.getBeanProvider(WebExceptionHandler.class).orderedStream()
        .map(handler -> handler.getClass().getSimpleName())
        .toList();
    assertEquals("ErrorContractWebExceptionHandler", handlers.get(0));
    assertTrue(handlers.contains("DefaultErrorWebExceptionHandler"), handlers.toString());
  }

  // Catalog exceptions

  @Test
  void catalogExceptionAnswersItsDocumentedBytes() throws Exception {
    HttpResponse<byte[]> response = send(get("/catalog/nonce"));
    assertAnswer(response, 400, body("Invalid nonce", "/catalog/nonce"));
    assertEquals(Optional.empty(), header(response, "X-Correlation-Id"));
    assertTrue(LOGGED.isEmpty(), "nothing logged for a catalog exception without a cause");
  }

  @Test
  void catalogExceptionFromAMonoWithTemplateArguments() throws Exception {
    assertAnswer(send(get("/catalog/limit")), 400, body("Invalid limit: 5000", "/catalog/limit"));
  }

  @Test
  void headersTheExceptionAddsReplaceDeclaredOnes() throws Exception {
    HttpResponse<byte[]> response = send(get("/catalog/maintenance-30"));
    assertAnswer(response, 503, body("Down for maintenance \u2013 back soon", "/catalog/maintenance-30"));
    assertEquals(List.of("30"), response.headers().allValues("Retry-After"));
    assertEquals(List.of("upgrade"), response.headers().allValues("X-Reason"));
  }

  @Test
  void theExceptionsOwnInstanceWins() throws Exception {
    assertAnswer(send(get("/catalog/own-instance")), 400, body("Invalid nonce", "/nonces/42"));
  }

  @Test
  void aCatalogExceptionsCauseIsLoggedWithTheIdSentAndNeverTheCause() throws Exception {
    HttpResponse<byte[]> response = send(get("/catalog/caused"));
    assertAnswer(response, 500, body("Internal server error", "/catalog/caused"));
    String id = header(response, "X-Correlation-Id").orElseThrow();
    LogRecord record = onlyRecord();
    assertEquals(Level.SEVERE, record.getLevel());
    assertEquals("Answered 500 INTERNAL_SERVER_ERROR for a failure; correlation id " + id, record.getMessage());
    assertEquals("disk on fire at /var/secret", record.getThrown().getCause().getMessage());
  }

  @Test
  void aWrappedCatalogExceptionAnswersAsItself() throws Exception {
    assertAnswer(send(get("/wrapped")), 400, body("Invalid nonce", "/wrapped"));
  }

  // What WebFlux raises

  @Test
  void unknownPathIsTheCatalogsOwnRow() throws Exception {
    HttpResponse<byte[]> response = send(get("/nowhere/at%20all"));
    assertAnswer(response, 404, body("No route matches the request path.", "/nowhere/at%20all"));
  }

  @Test
  void headOfAnUnknownPathHasTheLengthAndNoBody() throws Exception {
    HttpResponse<byte[]> response =
        send(HttpRequest.newBuilder(URI.create(base + "/nowhere")).method("HEAD", HttpRequest.BodyPublishers.noBody()));
    assertEquals(404, response.statusCode());
    assertEquals(0, response.body().length);
    assertEquals(Optional.of(JSON), header(response, "Content-Type"));
    assertEquals(
        Optional.of(Integer.toString(body("No route matches the request path.", "/nowhere").length())),
        header(response, "Content-Length"));
  }

  @Test
  void aNotFoundAHandlerRaisesAnswersAsItsStatus() throws Exception {
    assertAnswer(send(get("/status/404")), 404, body("Not found", "/status/404"));
  }

  @Test
  void aRaisedMethodNotAllowedKeepsItsAllow() throws Exception {
    HttpResponse<byte[]> response = send(get("/method-not-allowed"));
    assertAnswer(response, 405, body("Method not allowed", "/method-not-allowed"));
    assertEquals(List.of("GET, PUT"), response.headers().allValues("Allow"));
  }

  @Test
  void aBodyFailingBeanValidationIsTheInvalidInputAnswer() throws Exception {
    // Issue 25: Condition.INVALID_INPUT, by default the unreadable body's row (SpringViolationsTest
    // checks the violations handed to it).
    assertAnswer(send(post("/items", JSON, "{\"name\":\" \",\"count\":1}")), 400,
        body("The body is not valid JSON.", "/items"));
  }

  @Test
  void anEmptyJsonBodyIsTheUnreadableBodyRow() throws Exception {
    // WebFlux's JSON decoder fails on no content: a DecodingException, as for malformed JSON.
    assertAnswer(send(post("/items", JSON, "")), 400, body("The body is not valid JSON.", "/items"));
  }

  @Test
  void aBodyOverTheCodecLimitAnswersAsItsStatus() throws Exception {
    // Over the JSON decoder's 256 KiB in-memory limit: WebFlux raises a 413, which the catalog documents.
    String big = "{\"name\":\"" + "n".repeat(300_000) + "\",\"count\":1}";
    assertAnswer(send(post("/items", JSON, big)), 413, body("Content too large", "/items"));
  }

  @Test
  void missingAndMistypedParameterHeaderAndPathVariable() throws Exception {
    assertAnswer(send(get("/param")), 400, body("Bad request", "/param"));
    assertAnswer(send(get("/param?n=ten")), 400, body("Bad request", "/param"));
    assertAnswer(send(get("/header")), 400, body("Bad request", "/header"));
    assertAnswer(send(get("/header").header("X-Key", "ten")), 400, body("Bad request", "/header"));
    assertAnswer(send(get("/path/ten")), 400, body("Bad request", "/path/ten"));
  }

  @Test
  void anErrorResponseAnswersAsItsStatusWithTheDeclaredHeader() throws Exception {
    HttpResponse<byte[]> response = send(get("/error-response"));
    assertAnswer(response, 401, body("Unauthorized", "/error-response"));
    assertEquals(List.of("ApiKey realm=\"flux\""), response.headers().allValues("WWW-Authenticate"));
  }

  @Test
  void aResponseStatusExceptionBelow400IsSentAsItIs() throws Exception {
    HttpResponse<byte[]> response = send(get("/status/304"));
    assertEquals(304, response.statusCode());
    assertEquals(0, response.body().length);
    assertEquals(Optional.empty(), header(response, "Content-Type"));
  }

  // Failures

  @Test
  void aCheckedFailureFromAMono() throws Exception {
    assertUnexpected("/bug-mono", IOException.class, "secret checked failure");
  }

  @Test
  void aWebFilterThrowingAnException() throws Exception {
    HttpResponse<byte[]> response =
        assertUnexpected("/filter/exception", IllegalStateException.class, "secret filter failure");
    assertEquals(List.of("seen"), response.headers().allValues("X-Filter"));
  }

  @Test
  void aWebFilterThrowingAnError() throws Exception {
    assertUnexpected("/filter/error", Error.class, "secret filter error");
  }

  @Test
  void aWebFilterFailingWithACatalogException() throws Exception {
    HttpResponse<byte[]> response = send(get("/filter/catalog"));
    assertAnswer(response, 503, body("Down for maintenance \u2013 back soon", "/filter/catalog"));
    assertEquals(List.of("60"), response.headers().allValues("Retry-After"));
  }

  // Functional routes

  @Test
  void functionalRouteCatalogException() throws Exception {
    assertAnswer(send(get("/fn/nonce")), 400, body("Invalid nonce", "/fn/nonce"));
  }

  @Test
  void functionalRouteFailure() throws Exception {
    assertUnexpected("/fn/bug", IllegalArgumentException.class, "secret functional failure");
  }

  @Test
  void functionalRouteUnreadableBody() throws Exception {
    assertAnswer(send(post("/fn/items", JSON, "{\"name\":")), 400, body("The body is not valid JSON.", "/fn/items"));
  }

  @Test
  void functionalRouteUnsupportedMediaType() throws Exception {
    assertAnswer(send(post("/fn/items", "text/csv", "a,b")), 415, body("Unsupported media type", "/fn/items"));
  }

  @Test
  void functionalRouteMethodNotMatchedIsAnUnknownPath() throws Exception {
    // A router function matches method and path together: another method matches no route at all.
    assertAnswer(send(post("/fn/nonce", JSON, "{}")), 404, body("No route matches the request path.", "/fn/nonce"));
  }

  @Test
  void functionalRouteRaisingNotFoundAnswersAsItsStatus() throws Exception {
    assertAnswer(send(get("/fn/status")), 404, body("Not found", "/fn/status"));
  }

  // The application's own @ExceptionHandler

  @Test
  void theApplicationsOwnExceptionHandlerWinsInAnnotatedControllers() throws Exception {
    HttpResponse<byte[]> response = send(get("/user-handled"));
    assertEquals(418, response.statusCode());
    assertEquals("the app's own", new String(response.body(), StandardCharsets.UTF_8));
    assertTrue(LOGGED.isEmpty());
  }

  @Test
  void theApplicationsExceptionHandlerDoesNotApplyToFunctionalRoutes() throws Exception {
    assertUnexpected("/fn/user-handled", FluxApp.UserHandledException.class, "handled by the application");
  }

  private HttpResponse<byte[]> assertUnexpected(String path, Class<? extends Throwable> type, String message)
      throws Exception {
    HttpResponse<byte[]> response = send(get(path));
    assertAnswer(response, 500, body("Internal server error", path));
    String id = header(response, "X-Correlation-Id").orElseThrow();
    assertTrue(id.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"), id);
    LogRecord record = onlyRecord();
    assertEquals(Level.SEVERE, record.getLevel());
    assertEquals("Unexpected failure answered as documented; correlation id " + id, record.getMessage());
    Throwable thrown = record.getThrown();
    while (thrown != null && !type.isInstance(thrown)) {
      thrown = thrown.getCause();
    }
    assertSame(type, thrown == null ? null : thrown.getClass(), "the cause logged");
    assertEquals(message, thrown.getMessage());
    assertFalse(new String(response.body(), StandardCharsets.UTF_8).contains("secret"));
    return response;
  }

  private static LogRecord onlyRecord() {
    assertEquals(1, LOGGED.size(), () -> LOGGED.stream().map(LogRecord::getMessage).toList().toString());
    return LOGGED.get(0);
  }
}
