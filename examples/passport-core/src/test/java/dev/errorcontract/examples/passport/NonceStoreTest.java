package dev.errorcontract.examples.passport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NonceStoreTest {

  private Instant now = Instant.parse("2026-01-01T00:00:00Z");
  private final Clock clock =
      new Clock() {
        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
          return now;
        }
      };
  private final NonceStore store = new NonceStore(Duration.ofMinutes(5), clock);

  @Test
  void aNonceIsAcceptedOnce() {
    NonceStore.Issued n = store.issue("k");
    assertEquals(NonceStore.signingMessage(n.nonce()), n.message());
    assertEquals(Optional.of(n.message()), store.consume("k", n.nonce()));
    assertEquals(Optional.empty(), store.consume("k", n.nonce()));
  }

  @Test
  void noncesAreUnpredictableAndDistinct() {
    assertNotEquals(store.issue("k").nonce(), store.issue("k").nonce());
    assertEquals(32, store.issue("k").nonce().length());
  }

  @Test
  void anExpiredNonceIsRefused() {
    NonceStore.Issued n = store.issue("k");
    now = now.plus(Duration.ofMinutes(5));
    assertEquals(Optional.empty(), store.consume("k", n.nonce()));
  }

  @Test
  void anotherKeysNonceOrAnUnknownOneIsRefused() {
    NonceStore.Issued n = store.issue("k");
    assertEquals(Optional.empty(), store.consume("other", n.nonce()));
    assertEquals(Optional.empty(), store.consume("k", "feed"));
    assertEquals(Optional.empty(), store.consume("k", null));
  }
}
