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
}
