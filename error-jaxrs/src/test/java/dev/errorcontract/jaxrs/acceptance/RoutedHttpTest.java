package dev.errorcontract.jaxrs.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Catalog (e) over HTTP: each framework condition answered by the row the page names, with a
 * correlation URN as the instance of every answer, the same id in {@code X-Correlation-Id} and in the
 * log.
 */
class RoutedHttpTest extends AcceptanceServer {

  private static final String JSON = "application/json";
  private static final Pattern UUID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
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

  @Override
  Set<Class<?>> classes() {
    return Set.of(RoutedFeature.class, RoutedResources.class);
  }

  @BeforeAll
  static void capture() {
    LOG.addHandler(CAPTURE);
    LOG.setLevel(Level.ALL);
  }

  @AfterAll
  static void release() {
    LOG.removeHandler(CAPTURE);
  }

  /**
   * Asserts the answer byte for byte, its instance being {@code urn:uuid:} and the id sent in the
   * correlation header; returns the id.
   */
  private static String assertRouted(int status, String detail, RawHttp.Answer answer) {
    String id = answer.header("X-Correlation-Id");
    assertNotNull(id, () -> "correlation header of\n" + answer);
    assertTrue(UUID.matcher(id).matches(), id);
    assertAnswer(status, JSON,
        "{\"detail\":\"" + detail + "\",\"instance\":\"urn:uuid:" + id + "\"}", answer);
    return id;
  }

  private static List<LogRecord> logged(String id) {
    List<LogRecord> found = new ArrayList<>();
    for (LogRecord record : RECORDS) {
      if (record.getMessage().contains(id)) {
        found.add(record);
      }
    }
    return found;
  }

  @Test
  void unknownPath() throws Exception {
    String id = assertRouted(404, "No route matches the request path.", get("/no/such/path"));
    assertEquals(1, logged(id).size(), "the occurrence is logged once with its id");
  }

  @Test
  void aRaisedNotFoundIsNotAnUnknownPath() throws Exception {
    assertRouted(404, "Not Found", get("/probe/gone"));
  }

  @Test
  void methodNotAllowedKeepsAllow() throws Exception {
    RawHttp.Answer answer = send("DELETE", "/probe/json", null);
    assertRouted(405, "This route does not take that method.", answer);
    String allow = String.join(",", answer.headers("Allow")).toUpperCase(Locale.ROOT);
    assertTrue(allow.contains("GET"), "Allow: " + allow);
    assertFalse(allow.contains("DELETE"), "Allow: " + allow);
  }

  @Test
  void notAcceptable() throws Exception {
    assertRouted(406, "No representation matches Accept.", get("/probe/json", "Accept: text/html"));
  }

  @Test
  void unsupportedMediaType() throws Exception {
    assertRouted(415, "This route does not take that content type.",
        send("POST", "/probe/quantity", "{\"quantity\":1}", "Content-Type: text/plain"));
  }

  @Test
  void unreadableBodyIsThe422Row() throws Exception {
    RawHttp.Answer ok =
        send("POST", "/probe/quantity", "{\"quantity\":3}", "Content-Type: application/json");
    assertEquals("quantity 3", ok.text());
    assertRouted(422, "The request body could not be read.",
        send("POST", "/probe/quantity", "{\"quantity\":", "Content-Type: application/json"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"count\":", "[1,2", "{\"count\":\"three\"}", "nonsense"})
  void aBodyTheJsonProviderCannotReadIsThe422Row(String body) throws Exception {
    assumeTrue(!JSON_PROVIDER.equals("none"), "needs a JSON provider");
    RawHttp.Answer ok = send("POST", "/probe/bound", "{\"count\":3}", "Content-Type: application/json");
    assertEquals("count 3", ok.text());
    assertRouted(422, "The request body could not be read.",
        send("POST", "/probe/bound", body, "Content-Type: application/json"));
  }

  @Test
  void documentedStatusesRaisedAnswerWithTheirStatusAnswer() throws Exception {
    assertRouted(400, "Bad Request", get("/probe/raised/400"));
    assertRouted(422, "Unprocessable Content", get("/probe/raised/422"));
    assertRouted(503, "Service Unavailable", get("/probe/raised/503"));
    assertRouted(500, "Internal Server Error", get("/probe/raised/500"));
  }

  @Test
  void statusAnswersTheConditionsDoNotReachAreThrownAsDocumented() throws Exception {
    assertRouted(405, "Method Not Allowed", get("/routed/thrown/405"));
    assertRouted(406, "Not Acceptable", get("/routed/thrown/406"));
    assertRouted(415, "Unsupported Media Type", get("/routed/thrown/415"));
  }

  @Test
  void undocumentedClientErrorsAnswerWithTheirRow() throws Exception {
    assertRouted(400, "The request was not understood.", get("/probe/raised/409"));
    assertRouted(400, "The request was not understood.", get("/probe/built/418"));
  }

  @Test
  void undocumentedServerErrorsAnswerWithTheirRow() throws Exception {
    assertRouted(503, "Try again later.", get("/probe/raised/502"));
    assertRouted(503, "Try again later.", get("/probe/built/504"));
  }

  @Test
  void aClientErrorsCauseAtTheDefaultLevelGetsAnIdThatALogLineHolds() throws Exception {
    // The logging level as a JVM starts without configuration (issue 26): DEBUG off, INFO on. The 4xx's
    // cause is not logged, and the id its instance carries is the one the INFO line of the answer holds.
    RECORDS.clear();
    LOG.setLevel(null);
    assertEquals(Level.INFO, Logger.getLogger("").getLevel());
    try {
      RawHttp.Answer answer = get("/routed/thrown/400");
      String id = assertRouted(400, "The request was not understood.", answer);
      assertFalse(answer.toString().contains("secret internals"), answer.toString());
      List<LogRecord> records = logged(id);
      assertEquals(1, records.size(), () -> "one record holds the id: " + RECORDS);
      assertEquals(Level.INFO, records.get(0).getLevel());
      assertEquals(RECORDS, records, "nothing else is logged");
    } finally {
      LOG.setLevel(Level.ALL);
    }
  }

  @Test
  void unexpectedFailureLogsTheCauseWithTheSameId() throws Exception {
    RECORDS.clear();
    RawHttp.Answer answer = get("/probe/boom");
    String id = assertRouted(500, "Something broke on our side.", answer);
    assertFalse(answer.toString().contains("secret internals"), answer.toString());
    List<LogRecord> records = logged(id);
    assertEquals(1, records.size(), "one record for the failure");
    assertEquals(Level.SEVERE, records.get(0).getLevel());
    assertEquals("secret internals", records.get(0).getThrown().getMessage());
  }
}
