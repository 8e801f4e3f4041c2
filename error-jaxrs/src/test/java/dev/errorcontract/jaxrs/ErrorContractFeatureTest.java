package dev.errorcontract.jaxrs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcontract.catalog.Condition;
import dev.errorcontract.jaxrs.internal.Contract;
import dev.errorcontract.jaxrs.internal.ExactMediaType;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** The feature's options: immutable, validated. No server needed. */
class ErrorContractFeatureTest {

  @Test
  void defaultsToXCorrelationId() {
    ErrorContractFeature feature = ErrorContractFeature.of(TestError.table());
    assertEquals("X-Correlation-Id", feature.correlationHeader());
    assertSame(TestError.table(), feature.table());
  }

  @Test
  void optionsReturnNewInstances() {
    ErrorContractFeature feature = ErrorContractFeature.of(TestError.table());
    assertEquals("X-Request-Id", feature.withCorrelationHeader("X-Request-Id").correlationHeader());
    assertNull(feature.withoutCorrelationHeader().correlationHeader());
    assertEquals("X-Correlation-Id", feature.correlationHeader());
  }

  @Test
  void rejectsWhatIsNotAHeaderName() {
    ErrorContractFeature feature = ErrorContractFeature.of(TestError.table());
    assertThrows(IllegalArgumentException.class, () -> feature.withCorrelationHeader(""));
    assertThrows(IllegalArgumentException.class, () -> feature.withCorrelationHeader("X Id"));
    assertThrows(IllegalArgumentException.class, () -> feature.withCorrelationHeader("X-Id:\r\n"));
    assertThrows(NullPointerException.class, () -> ErrorContractFeature.of(null));
  }

  @Test
  void precomputesTheAnswerForEveryErrorStatus() {
    Contract contract = new Contract(TestError.table());
    assertEquals(400, contract.answerFor(418).status());
    assertSame(TestError.BAD_REQUEST, contract.answerFor(418).error());
    assertEquals(500, contract.answerFor(599).status());
    assertEquals(500, contract.answerFor(600).status());
    assertSame(TestError.SERVICE_UNAVAILABLE, contract.answerFor(503).error());
    assertEquals(429, contract.statusType(429).getStatusCode());
    assertEquals(599, contract.statusType(599).getStatusCode());
    assertSame(contract.mediaType("application/json"), contract.mediaType("application/json"));
    assertSame(contract.answerFor(404).body(), contract.answerFor(404).body(), "encoded once");
  }

  @Test
  void conditionsAnswerAsTheTableSays() {
    Contract contract = new Contract(TestError.table());
    assertSame(TestError.NOT_FOUND, contract.answerFor(Condition.UNKNOWN_PATH).error());
    assertSame(TestError.METHOD_NOT_ALLOWED, contract.answerFor(Condition.METHOD_NOT_ALLOWED).error());
    assertSame(TestError.BAD_REQUEST, contract.answerFor(Condition.UNREADABLE_BODY).error());
    assertSame(
        TestError.INTERNAL_SERVER_ERROR, contract.answerFor(Condition.UNEXPECTED_FAILURE).error());
    assertThrows(IllegalArgumentException.class, () -> contract.answerFor(Condition.STATUS));
  }

  @Test
  void theDeclaredMediaTypeKeepsItsSpelling() {
    Contract contract = new Contract(TestError.table());
    ExactMediaType exact = contract.mediaType("application/problem+json; charset=utf-8");
    assertEquals("application/problem+json; charset=utf-8", exact.toString());
    assertEquals(MediaType.valueOf("application/problem+json;charset=utf-8"), exact);
    assertTrue(exact.respelled());
    assertFalse(contract.mediaType("application/json").respelled());
  }

  /**
   * The header the feature names is the one a logged cause's id goes in, and the only one; without a
   * header the cause is logged with an id all the same.
   */
  @Test
  void aLoggedCausesIdGoesInTheFeaturesHeader() {
    ErrorContractFeature feature = ErrorContractFeature.of(TestError.table());
    List<LogRecord> records = new ArrayList<>();
    Logger log = Logger.getLogger("dev.errorcontract.jaxrs");
    Handler capture =
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
    log.addHandler(capture);
    try {
      Response named =
          feature.withCorrelationHeader("X-Request-Id")
              .toResponse(new TestException.Maintenance(new java.sql.SQLException("db down")));
      assertEquals(503, named.getStatus());
      String id = named.getHeaderString("X-Request-Id");
      assertNull(named.getHeaderString("X-Correlation-Id"));
      assertEquals(1, records.size(), records::toString);
      assertEquals(Level.SEVERE, records.get(0).getLevel());
      assertEquals(
          "Answered 503 MAINTENANCE for a failure; correlation id " + id,
          records.get(0).getMessage());

      Response none =
          feature.withoutCorrelationHeader()
              .toResponse(new TestException.Maintenance(new java.sql.SQLException("db down")));
      assertNull(none.getHeaderString("X-Request-Id"));
      assertNull(none.getHeaderString("X-Correlation-Id"));
      assertEquals(2, records.size(), records::toString);
      assertTrue(records.get(1).getMessage().startsWith("Answered 503 MAINTENANCE for a failure; correlation id "));
    } finally {
      log.removeHandler(capture);
    }
  }
}
