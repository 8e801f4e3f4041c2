package dev.errorcontract.spring.webmvc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcontract.spring.webmvc.app.ShopApplication;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a Spring MVC application answers beyond the HTTP contract suite every runtime runs ({@link
 * ContractSuiteHttpTest}: catalog exceptions, 405, 406, 415, unreadable bodies, statuses, failures), over
 * HTTP, on the embedded server of the run (Tomcat or Jetty): exact status, headers and body bytes. The application declares nothing of error-contract
 * but the catalogs; two are on its class path, so it names the condition catalog
 * ({@code error-contract.webmvc.catalog=Shop}).
 */
class WebMvcHttpTest {

  private static final Pattern UUID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final Logger LOG = Logger.getLogger(WebMvcErrorContract.LOGGER);
  private static final List<LogRecord> LOGGED = new CopyOnWriteArrayList<>();
  private static final Handler CAPTURE = new Handler() {
    @Override public void publish(LogRecord record) {
      LOGGED.add(record);
    }
    @Override public void flush() {}
    @Override public void close() {}
  };

  private static RunningApp app;

  @BeforeAll
  static void start() {
    app = RunningApp.start(
        ShopApplication.class,
        "error-contract.webmvc.catalog=Shop",
        "spring.servlet.multipart.max-file-size=1KB",
        "spring.servlet.multipart.max-request-size=2KB");
    LOG.addHandler(CAPTURE);
  }

  @AfterAll
  static void stop() {
    LOG.removeHandler(CAPTURE);
    if (app != null) {
      app.close();
    }
  }

  @BeforeEach
  void clearLog() {
    LOGGED.clear();
  }

  private static String json(String detail) {
    return "{\"detail\":\"" + detail + "\"}";
  }

  /** Exact status, media type, length and bytes; nothing of the failure leaks. */
  private static void assertAnswer(HttpResponse<byte[]> response, int status, String contentType, String body) {
    byte[] expected = body.getBytes(StandardCharsets.UTF_8);
    String actual = new String(response.body(), StandardCharsets.UTF_8);
    assertEquals(status, response.statusCode(), () -> "status; body " + actual);
    assertEquals(Optional.of(contentType), response.headers().firstValue("Content-Type"), "Content-Type");
    assertEquals(List.of(Integer.toString(expected.length)), response.headers().allValues("Content-Length"),
        "Content-Length");
    assertArrayEquals(expected, response.body(), () -> "body " + actual);
  }

  private static void assertDocumented(HttpResponse<byte[]> response, int status, String detail) {
    assertAnswer(response, status, "application/json", json(detail));
    assertFalse(response.headers().firstValue("X-Correlation-Id").isPresent(), "no correlation id");
  }

  /** The documented 500 with a correlation id that is the one logged with the failure. */
  private static void assertUnexpectedFailure(HttpResponse<byte[]> response, Class<?> logged, String source) {
    assertAnswer(response, 500, "application/json", json("Something broke \u2013 sorry"));
    String id = response.headers().firstValue("X-Correlation-Id").orElseThrow();
    assertTrue(UUID.matcher(id).matches(), id);
    LogRecord record = LOGGED.stream().filter(r -> r.getMessage().contains(id)).findFirst().orElseThrow(
        () -> new AssertionError("no log line with " + id + " in " + LOGGED));
    assertEquals(Level.SEVERE, record.getLevel());
    assertEquals(source + " answered as documented; correlation id " + id, record.getMessage());
    Throwable thrown = record.getThrown();
    while (thrown != null && !logged.isInstance(thrown)) {
      thrown = thrown.getCause();
    }
    assertNotNull(thrown, "the cause logged: " + record.getThrown());
  }

  @Test
  void anotherCatalogsExceptionAnswersAsItsOwnCatalogDocuments() throws Exception {
    assertAnswer(app.get("/shipped"), 409, "application/problem+json",
        "{\"type\":\"https://example.com/problems\",\"title\":\"Conflict\",\"status\":409,"
            + "\"detail\":\"The order is already shipped.\",\"instance\":\"/shipped\"}");
  }

  @Test
  void noHandlerNorStaticResourceIsTheUnknownPathRow() throws Exception {
    assertDocumented(app.get("/nope"), 404, "No such route");
    assertDocumented(app.get("/nope/style.css"), 404, "No such route");
  }

  @Test
  void aStatus404RaisedByTheApplicationIsTheStatusRowNotTheUnknownPath() throws Exception {
    assertDocumented(app.get("/status/404"), 404, "Not found");
  }

  private HttpResponse<byte[]> postOrder(String body) throws Exception {
    return app.send(HttpRequest.newBuilder(app.uri("/orders")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  @Test
  void anInvalidBodyAndInvalidParametersAreTheInvalidInputAnswer() throws Exception {
    // Issue 25: Condition.INVALID_INPUT, by default the unreadable body's row (SpringViolationsTest
    // checks the violations handed to it).
    assertDocumented(postOrder("{\"item\":\"\",\"quantity\":0}"), 400, "Malformed body");
    assertDocumented(app.get("/count?count=0"), 400, "Malformed body");
    assertEquals(200, app.get("/count?count=2").statusCode());
  }

  @Test
  void missingOrMistypedParametersHeadersAndPathVariablesAre400() throws Exception {
    assertDocumented(app.get("/search", "X-Shop-Key", "k"), 400, "Bad request");
    assertDocumented(app.get("/search?limit=ten", "X-Shop-Key", "k"), 400, "Bad request");
    assertDocumented(app.get("/search?limit=10"), 400, "Bad request");
    assertDocumented(app.get("/orders/ten"), 400, "Bad request");
    assertEquals(200, app.get("/search?limit=10", "X-Shop-Key", "k").statusCode());
  }

  @Test
  void anErrorResponseWithAProblemDetailAnswersByItsStatus() throws Exception {
    assertDocumented(app.get("/problem"), 400, "Bad request");
  }

  /** An {@code Error}, which Spring wraps ("Handler dispatch failed"); the suite has the exception. */
  @Test
  void anErrorThrownByAHandlerIsTheDocumented500WithACorrelationIdLoggedWithTheCause() throws Exception {
    assertUnexpectedFailure(app.get("/error-thrown"), AssertionError.class, "Unexpected failure");
  }

  @Test
  void theApplicationsOwnExceptionHandlerWins() throws Exception {
    HttpResponse<byte[]> response = app.get("/advice");
    assertEquals(409, response.statusCode());
    assertEquals("handled by the application", new String(response.body(), StandardCharsets.UTF_8));
  }

  @Test
  void anAsyncTimeoutIs503() throws Exception {
    assertDocumented(app.get("/async-timeout"), 503, "Service unavailable");
  }

  @Test
  void anUploadTooLargeIs413() throws Exception {
    String boundary = "b0undary";
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.bin\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n" + "x".repeat(1500) + "\r\n--" + boundary + "--\r\n";
    assertDocumented(
        app.send(HttpRequest.newBuilder(app.uri("/upload"))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofString(body))),
        413, "Too large");
  }

  @Test
  void aFilterThrowingAnExceptionOrAnErrorIsTheDocumented500() throws Exception {
    String source = "Failure outside the Spring MVC dispatcher,";
    assertUnexpectedFailure(app.get("/filter/exception"), IllegalStateException.class, source);
    assertUnexpectedFailure(app.get("/filter/error"), OutOfMemoryError.class, source);
  }

  @Test
  void aFilterThrowingACatalogExceptionAnswersWithItsBytes() throws Exception {
    HttpResponse<byte[]> response = app.get("/filter/catalog");
    assertDocumented(response, 429, "Slow down");
    assertEquals(List.of("60"), response.headers().allValues("Retry-After"));
  }

  @Test
  void sendErrorIsAnsweredOnTheErrorDispatchNeverByBootsErrorController() throws Exception {
    assertDocumented(app.get("/send-error/403"), 403, "Forbidden");
    HttpResponse<byte[]> unauthorized = app.get("/send-error/401");
    assertDocumented(unauthorized, 401, "Unauthorized");
    assertEquals(List.of("Basic realm=\"shop\""), unauthorized.headers().allValues("WWW-Authenticate"));
    assertDocumented(app.get("/send-error/404"), 404, "No such route");
    assertDocumented(app.get("/send-error/418"), 400, "Bad request");
  }

  @Test
  void bootsErrorPathItselfIsAnUnknownPath() throws Exception {
    assertDocumented(app.get("/error"), 404, "No such route");
    assertDocumented(app.get("/error", "Accept", "text/html"), 404, "No such route");
  }

  @Test
  void headOfAnUnknownPathHasTheStatusAndNoBody() throws Exception {
    HttpResponse<byte[]> response =
        app.send(HttpRequest.newBuilder(app.uri("/nope")).method("HEAD", HttpRequest.BodyPublishers.noBody()));
    assertEquals(404, response.statusCode());
    assertEquals(0, response.body().length);
  }

  @Test
  void theAutoConfigurationIsWhatAnswers() {
    assertSame(app.context().getBean(WebMvcErrorContract.class).table(), dev.errorcontract.spring.webmvc.app.ShopError.table());
  }

  static String header(String raw, String name) {
    Matcher m = Pattern.compile("(?im)^" + Pattern.quote(name) + ":[ \\t]*([^\r\n]*)").matcher(raw);
    return m.find() ? m.group(1) : null;
  }
}
