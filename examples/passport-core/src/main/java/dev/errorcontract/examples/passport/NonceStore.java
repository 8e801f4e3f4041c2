package dev.errorcontract.examples.passport;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The nonces of signing messages: each is random, valid for a limited time, and accepted once. Nonces
 * are kept per API key, so one account cannot spend another's. Thread-safe.
 */
public final class NonceStore {

  /** Above this many outstanding nonces, expired ones are dropped before a new one is issued. */
  private static final int PURGE_THRESHOLD = 10_000;

  private final Duration ttl;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final ConcurrentMap<String, Issued> issued = new ConcurrentHashMap<>();

  /**
   * @param ttl how long a nonce stays valid
   * @param clock the time source
   */
  public NonceStore(Duration ttl, Clock clock) {
    this.ttl = ttl;
    this.clock = clock;
  }

  /** The message a wallet signs to submit an address, for {@code nonce}. */
  public static String signingMessage(String nonce) {
    return "Sign this message to have your address scored by the Passport API.\n\nNonce: "
        + nonce
        + "\n";
  }

  /** Issues a fresh nonce for {@code owner} (an API key). */
  public Issued issue(String owner) {
    if (issued.size() > PURGE_THRESHOLD) {
      Instant now = clock.instant();
      issued.values().removeIf(n -> !now.isBefore(n.expiresAt));
    }
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    String nonce = HexFormat.of().formatHex(bytes);
    Issued n = new Issued(nonce, signingMessage(nonce), owner, clock.instant().plus(ttl));
    issued.put(nonce, n);
    return n;
  }

  /**
   * Spends {@code nonce}: answers its signing message if {@code owner} was issued it, it has not
   * expired and was not spent before. A nonce is removed on first use whatever the outcome, so it can
   * never be tried twice.
   */
  public Optional<String> consume(String owner, String nonce) {
    if (nonce == null) {
      return Optional.empty();
    }
    Issued n = issued.remove(nonce);
    if (n == null || !n.owner.equals(owner) || !clock.instant().isBefore(n.expiresAt)) {
      return Optional.empty();
    }
    return Optional.of(n.message);
  }

  /**
   * An issued nonce.
   *
   * @param nonce the nonce
   * @param message the text to sign
   * @param owner the API key it was issued to
   * @param expiresAt when it stops being accepted
   */
  public record Issued(String nonce, String message, String owner, Instant expiresAt) {}
}
