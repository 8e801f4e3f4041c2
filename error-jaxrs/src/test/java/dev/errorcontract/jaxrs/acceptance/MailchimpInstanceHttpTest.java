package dev.errorcontract.jaxrs.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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

/**
 * Issue 25 on Jersey, RESTEasy and CXF: Mailchimp's bare-UUID {@code instance} ({@code
 * Instance.CORRELATION_UUID}) on framework-made answers and on exceptions' answers, byte for byte, the
 * same id in {@code X-Correlation-Id} and in the one log line of the answer.
 */
class MailchimpInstanceHttpTest extends AcceptanceServer {

  private static final String PROBLEM = "application/problem+json; charset=utf-8";
  private static final Pattern UUID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}");
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
    return Set.of(MailchimpFeature.class, MailchimpResources.class);
  }

  @BeforeAll
  static void capture() {
    LOG.addHandler(CAPTURE);
    LOG.setLevel(Level.INFO);
  }

  @AfterAll
  static void release() {
    LOG.removeHandler(CAPTURE);
    LOG.setLevel(null);
  }

  /** Asserts Mailchimp's problem details byte for byte, the instance the header's id; returns the id. */
  private static String assertMailchimp(int status, String title, String detail, RawHttp.Answer answer) {
    String id = answer.header("X-Correlation-Id");
    assertNotNull(id, () -> "correlation header of\n" + answer);
    assertTrue(UUID.matcher(id).matches(), id);
    assertAnswer(status, PROBLEM,
        "{\"type\":\"https://mailchimp.com/developer/marketing/docs/errors/\",\"title\":\"" + title
            + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\",\"instance\":\"" + id + "\"}",
        answer);
    return id;
  }

  private static List<LogRecord> logged(String id) {
    return RECORDS.stream().filter(r -> r.getMessage().contains(id)).toList();
  }

  @Test
  void anUnknownPathCarriesTheBareIdOfTheHeaderAndTheLogLine() throws Exception {
    String id = assertMailchimp(404, "Resource Not Found", "The requested resource could not be found.",
        get("/no/such/list"));
    List<LogRecord> records = logged(id);
    assertEquals(1, records.size(), RECORDS::toString);
    assertEquals(Level.INFO, records.get(0).getLevel());
    assertEquals("Answered 404 GET /no/such/list; correlation id " + id, records.get(0).getMessage());
  }

  @Test
  void aMethodTheResourceLacksCarriesItToo() throws Exception {
    assertMailchimp(405, "Method Not Allowed",
        "The requested method and resource are not compatible. See the Allow header for this resource's"
            + " available methods.",
        send("DELETE", "/lists/thrown", null));
  }

  @Test
  void anExceptionsAnswerCarriesIt() throws Exception {
    String id = assertMailchimp(400, "Bad Request", "Your request could not be processed.", get("/lists/thrown"));
    assertEquals(1, logged(id).size(), RECORDS::toString);
  }

  @Test
  void anUnexpectedFailureCarriesTheIdItsCauseIsLoggedWith() throws Exception {
    String id = assertMailchimp(500, "Internal Server Error",
        "An unexpected internal error has occurred. Please contact Support for more information.",
        get("/probe/boom"));
    List<LogRecord> records = logged(id);
    assertEquals(1, records.size(), RECORDS::toString);
    assertEquals(Level.SEVERE, records.get(0).getLevel());
    assertEquals("secret internals", records.get(0).getThrown().getMessage());
  }

  @Test
  void anExceptionsOwnInstanceWins() throws Exception {
    RawHttp.Answer answer = get("/lists/own");
    assertAnswer(400, PROBLEM,
        "{\"type\":\"https://mailchimp.com/developer/marketing/docs/errors/\",\"title\":\"Bad Request\","
            + "\"status\":400,\"detail\":\"Your request could not be processed.\",\"instance\":\"own-instance\"}",
        answer);
    assertEquals(List.of(), answer.headers("X-Correlation-Id"), answer::toString);
  }
}
