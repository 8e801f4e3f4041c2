package dev.errorcontract.examples.passport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

  private final AtomicLong now = new AtomicLong(1_000);
  private final RateLimiter limiter =
      new RateLimiter(2, TimeUnit.MINUTES.toNanos(1), now::get);

  @Test
  void allowsTheLimitThenSaysHowLongToWait() {
    assertEquals(0, limiter.acquire("a"));
    now.addAndGet(TimeUnit.SECONDS.toNanos(10));
    assertEquals(0, limiter.acquire("a"));
    assertEquals(50, limiter.acquire("a"));
    now.addAndGet(TimeUnit.MILLISECONDS.toNanos(49_500));
    assertEquals(1, limiter.acquire("a"));
  }

  @Test
  void keysAreCountedApart() {
    limiter.acquire("a");
    limiter.acquire("a");
    assertEquals(0, limiter.acquire("b"));
  }

  @Test
  void aNewWindowStartsWhenTheOldOneEnds() {
    limiter.acquire("a");
    limiter.acquire("a");
    now.addAndGet(TimeUnit.MINUTES.toNanos(1));
    assertEquals(0, limiter.acquire("a"));
  }
}
