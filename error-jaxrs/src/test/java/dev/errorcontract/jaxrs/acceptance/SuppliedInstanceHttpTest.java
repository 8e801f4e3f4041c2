package dev.errorcontract.jaxrs.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcontract.catalog.internal.GuardedInstanceSupplier;
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
 * Issue 25 on Jersey, RESTEasy and CXF: the application's own instance ({@code Instance.SUPPLIED}, made by
 * {@link SupportReferences}) on framework-made answers and exceptions' answers, byte for byte; a supplier
 * asking for the correlation id gets the one the header carries; one that throws or returns null leaves
 * the member out, logged once.
 */
class SuppliedInstanceHttpTest extends AcceptanceServer {

  private static final String JSON = "application/json";
  private static final Pattern UUID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final Logger SUPPLIER_LOG = Logger.getLogger(GuardedInstanceSupplier.LOGGER);
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
    return Set.of(SuppliedFeature.class, SuppliedResources.class);
  }

  @BeforeAll
  static void capture() {
    SUPPLIER_LOG.addHandler(CAPTURE);
  }

  @AfterAll
  static void release() {
    SUPPLIER_LOG.removeHandler(CAPTURE);
  }

  @Test
  void anUnknownPathCarriesTheSuppliersInstance() throws Exception {
    RawHttp.Answer answer = get("/no/such/order");
    assertAnswer(404, JSON,
        "{\"message\":\"Not Found\",\"support_reference\":\"404 GET /no/such/order NOT_FOUND\"}", answer);
    assertEquals(List.of(), answer.headers("X-Correlation-Id"), "no id the supplier did not ask for");
  }

  @Test
  void anExceptionsAnswerCarriesIt() throws Exception {
    assertAnswer(400, JSON,
        "{\"message\":\"Out of stock.\",\"support_reference\":\"400 GET /orders/thrown/plain OUT_OF_STOCK\"}",
        get("/orders/thrown/plain"));
    assertEquals(1, SupportReferences.CREATED.get(), "the table creates the supplier once");
  }

  @Test
  void anUnexpectedFailureCarriesIt() throws Exception {
    RawHttp.Answer answer = get("/probe/boom");
    assertAnswer(500, JSON,
        "{\"message\":\"Internal Server Error\",\"support_reference\":\"500 GET /probe/boom"
            + " INTERNAL_SERVER_ERROR\"}",
        answer);
    assertNotNull(answer.header("X-Correlation-Id"), "the failure's id is sent as ever");
  }

  @Test
  void theIdTheSupplierAsksForIsTheHeaders() throws Exception {
    for (String path : List.of("/orders/thrown/with-id", "/no/such/with-id")) {
      RawHttp.Answer answer = get(path);
      String id = answer.header("X-Correlation-Id");
      assertNotNull(id, answer::toString);
      assertTrue(UUID.matcher(id).matches(), id);
      String detail = path.startsWith("/orders") ? "Out of stock." : "Not Found";
      assertAnswer(path.startsWith("/orders") ? 400 : 404, JSON,
          "{\"message\":\"" + detail + "\",\"support_reference\":\"ref-" + id + "\"}", answer);
    }
  }

  @Test
  void aSupplierThatThrowsOrReturnsNullLeavesTheMemberOutLoggedOnce() throws Exception {
    RECORDS.clear();
    for (int i = 0; i < 2; i++) {
      assertAnswer(400, JSON, "{\"message\":\"Out of stock.\"}", get("/orders/thrown/supplier-throws"));
      assertAnswer(404, JSON, "{\"message\":\"Not Found\"}", get("/no/such/supplier-throws"));
      assertAnswer(400, JSON, "{\"message\":\"Out of stock.\"}", get("/orders/thrown/supplier-null"));
      assertAnswer(404, JSON, "{\"message\":\"Not Found\"}", get("/no/such/supplier-null"));
    }
    assertEquals(2, RECORDS.size(), RECORDS::toString);
    LogRecord threw = RECORDS.get(0);
    assertEquals(Level.WARNING, threw.getLevel());
    assertEquals("the reference service is down", threw.getThrown().getMessage());
    assertEquals("The instance supplier dev.errorcontract.jaxrs.acceptance.SupportReferences of the catalog"
        + " Supplied threw for Answer[400 GET /orders/thrown/supplier-throws, OUT_OF_STOCK]; answers go without"
        + " an instance when it fails (logged once)", threw.getMessage());
    assertEquals("The instance supplier dev.errorcontract.jaxrs.acceptance.SupportReferences of the catalog"
        + " Supplied returned null for Answer[400 GET /orders/thrown/supplier-null, OUT_OF_STOCK]; answers go"
        + " without an instance when it does (logged once)", RECORDS.get(1).getMessage());
  }
}
