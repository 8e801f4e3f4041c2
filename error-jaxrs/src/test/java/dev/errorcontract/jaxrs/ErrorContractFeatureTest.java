package dev.errorcontract.jaxrs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errorcontract.jaxrs.internal.Contract;

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
    assertEquals(500, contract.answerFor(599).status());
    assertEquals(500, contract.answerFor(600).status());
    assertEquals(429, contract.statusType(429).getStatusCode());
    assertEquals(599, contract.statusType(599).getStatusCode());
    assertSame(contract.mediaType("application/json"), contract.mediaType("application/json"));
  }
}
