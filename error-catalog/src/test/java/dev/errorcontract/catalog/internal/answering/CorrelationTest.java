package dev.errorcontract.catalog.internal.answering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcontract.catalog.CatalogException;
import dev.errorcontract.catalog.DocumentedError;
import dev.errorcontract.catalog.ErrorBody;
import dev.errorcontract.catalog.Instance;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The answering path every adapter shares: the exact log line of each kind of id, its level, the
 * header the id is sent in, and the instance it becomes.
 */
class CorrelationTest {

  private static final String LOGGER = "dev.errorcontract.test.correlation";
  private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}");
  /** Held so that the level set on it stays (JUL keeps loggers weakly). */
  private static final Logger JUL = Logger.getLogger(LOGGER);

  private final List<LogRecord> records = new ArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          records.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
  private final Map<String, String> headers = new LinkedHashMap<>();

  private final Correlation correlation =
      Correlation.of(LOGGER, "Unexpected failure", Correlation.DEFAULT_HEADER);

  @BeforeEach
  void capture() {
    JUL.setUseParentHandlers(false);
    JUL.addHandler(capture);
    JUL.setLevel(Level.INFO);
  }

  @AfterEach
  void release() {
    JUL.removeHandler(capture);
  }

  @Test
  void theDefaultHeaderIsXCorrelationId() {
    assertEquals("X-Correlation-Id", Correlation.DEFAULT_HEADER);
    assertEquals("X-Correlation-Id", correlation.header());
  }

  @Test
  void anUnexpectedFailureIsLoggedAtErrorWithAFreshIdAndTheFailure() {
    IllegalStateException failure = new IllegalStateException("hunter2");
    String id = correlation.unexpectedFailure(failure);
    assertTrue(UUID.matcher(id).matches(), id);
    assertEquals(1, records.size(), records::toString);
    LogRecord record = records.get(0);
    assertEquals(Level.SEVERE, record.getLevel());
    assertEquals("Unexpected failure answered as documented; correlation id " + id, record.getMessage());
    assertSame(failure, record.getThrown());
    assertEquals(LOGGER, record.getLoggerName());
    String other = correlation.unexpectedFailure(failure);
    assertTrue(!other.equals(id), "a fresh id per failure");
  }

  @Test
  void theFailureSourceStartsTheLine() {
    Correlation servlet =
        Correlation.of(LOGGER, "Failure the servlet container caught,", Correlation.DEFAULT_HEADER);
    String id = servlet.unexpectedFailure(new Error("boom"));
    assertEquals(
        "Failure the servlet container caught, answered as documented; correlation id " + id,
        records.get(0).getMessage());
  }

  @Test
  void aCausesLevelIsErrorFor5xxAndDebugFor4xx() {
    assertEquals(System.Logger.Level.DEBUG, Correlation.causeLevel(400));
    assertEquals(System.Logger.Level.DEBUG, Correlation.causeLevel(499));
    assertEquals(System.Logger.Level.ERROR, Correlation.causeLevel(500));
    assertEquals(System.Logger.Level.ERROR, Correlation.causeLevel(599));
  }

  @Test
  void aCatalogExceptionWithACauseAnswered503IsLoggedAtErrorWithItsId() {
    CatalogException e = exception(503, new java.sql.SQLException("db down"));
    String id = correlation.cause(e);
    assertTrue(UUID.matcher(id).matches(), id);
    assertEquals(1, records.size(), records::toString);
    LogRecord record = records.get(0);
    assertEquals(Level.SEVERE, record.getLevel());
    assertEquals("Answered 503 MAINTENANCE for a failure; correlation id " + id, record.getMessage());
    assertSame(e, record.getThrown(), "the exception, its cause inside");
  }

  @Test
  void aCatalogExceptionWithACauseAnswered4xxIsLoggedAtDebugOnlyWhereDebugIsOn() {
    CatalogException e = exception(400, new NumberFormatException("x"));
    assertNull(correlation.cause(e), "no id: no line would carry it");
    assertEquals(List.of(), records);
    JUL.setLevel(Level.FINE);
    String id = correlation.cause(e);
    assertEquals(1, records.size(), records::toString);
    assertEquals(Level.FINE, records.get(0).getLevel());
    assertEquals("Answered 400 MAINTENANCE for a failure; correlation id " + id, records.get(0).getMessage());
  }

  @Test
  void aCatalogExceptionWithoutACauseGetsNoId() {
    JUL.setLevel(Level.ALL);
    assertNull(correlation.cause(exception(503, null)));
    assertEquals(List.of(), records);
  }

  @Test
  void anIdIsSentInTheHeaderUnlessThereIsNoIdOrNoHeader() {
    correlation.send(null, headers::put);
    assertEquals(Map.of(), headers);
    Correlation.of(LOGGER, "Unexpected failure", null).send("abc", headers::put);
    assertEquals(Map.of(), headers);
    correlation.send("abc", headers::put);
    assertEquals(Map.of("X-Correlation-Id", "abc"), headers);
    Correlation.of(LOGGER, "Unexpected failure", "X-Request-Id").send("def", headers::put);
    assertEquals("def", headers.get("X-Request-Id"));
  }

  @Test
  void theInstanceOfARequestPathCatalogIsThePathWithNoId() {
    assertEquals(
        "/a%20b/c",
        correlation.instance(Instance.REQUEST_PATH, null, 404, "GET", "/a%20b/c", headers::put));
    assertEquals(Map.of(), headers);
    assertEquals(List.of(), records);
  }

  @Test
  void catalogsWithoutARequestInstanceGetNone() {
    assertNull(correlation.instance(Instance.NONE, "abc", 404, "GET", "/x", headers::put));
    assertNull(correlation.instance(Instance.EXCEPTION, null, 404, "GET", "/x", headers::put));
    assertEquals(Map.of(), headers);
    assertEquals(List.of(), records);
  }

  @Test
  void aCorrelationUrnUsesTheIdAlreadyLoggedAndSent() {
    assertEquals(
        "urn:uuid:abc",
        correlation.instance(Instance.CORRELATION_URN, "abc", 500, "GET", "/x", headers::put));
    assertEquals(Map.of(), headers, "sent already, by whoever logged it");
    assertEquals(List.of(), records);
  }

  @Test
  void aCorrelationUrnWithoutAnIdGetsOneLoggedAtInfoAndSent() {
    String instance =
        correlation.instance(Instance.CORRELATION_URN, null, 404, "DELETE", "/no/such", headers::put);
    String id = headers.get("X-Correlation-Id");
    assertTrue(UUID.matcher(String.valueOf(id)).matches(), headers::toString);
    assertEquals("urn:uuid:" + id, instance);
    assertEquals(1, records.size(), records::toString);
    assertEquals(Level.INFO, records.get(0).getLevel());
    assertEquals("Answered 404 DELETE /no/such; correlation id " + id, records.get(0).getMessage());
  }

  @Test
  void withoutAHeaderTheUrnsIdIsStillLogged() {
    String instance =
        Correlation.of(LOGGER, "Unexpected failure", null)
            .instance(Instance.CORRELATION_URN, null, 404, "GET", "/x", headers::put);
    assertEquals(Map.of(), headers);
    assertEquals(1, records.size(), records::toString);
    assertEquals(
        "Answered 404 GET /x; correlation id " + instance.substring("urn:uuid:".length()),
        records.get(0).getMessage());
  }

  /** A catalog exception answered with {@code status}, its error named {@code MAINTENANCE}. */
  private static CatalogException exception(int status, Throwable cause) {
    DocumentedError error =
        (DocumentedError)
            Proxy.newProxyInstance(
                CorrelationTest.class.getClassLoader(),
                new Class<?>[] {DocumentedError.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("toString")) {
                    return "MAINTENANCE";
                  }
                  throw new UnsupportedOperationException(method.getName());
                });
    return new CatalogException(cause, false) {
      private static final long serialVersionUID = 1L;

      @Override
      public DocumentedError error() {
        return error;
      }

      @Override
      public int status() {
        return status;
      }

      @Override
      public ErrorBody body() {
        return null;
      }

      @Override
      public ErrorBody body(String instance) {
        return null;
      }
    };
  }
}
