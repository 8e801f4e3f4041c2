package dev.errorcontract.examples.passport;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * A fixed-window rate limit per key: at most {@code limit} requests in each window, the window starting
 * at a key's first request after the previous one ended. Thread-safe.
 */
public final class RateLimiter {

  private final int limit;
  private final long windowNanos;
  private final LongSupplier nanoClock;
  private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();

  /**
   * @param limit requests allowed per window, at least 1
   * @param windowNanos the window's length
   * @param nanoClock a monotonic clock, such as {@code System::nanoTime}
   */
  public RateLimiter(int limit, long windowNanos, LongSupplier nanoClock) {
    if (limit < 1 || windowNanos < 1) {
      throw new IllegalArgumentException("limit and window must be positive");
    }
    this.limit = limit;
    this.windowNanos = windowNanos;
    this.nanoClock = nanoClock;
  }

  /**
   * Counts one request of {@code key}.
   *
   * @return 0 when the request is allowed, else the whole seconds (at least 1) until the key may try
   *     again, for {@code Retry-After}
   */
  public long acquire(String key) {
    long now = nanoClock.getAsLong();
    Window w =
        windows.compute(
            key,
            (k, old) ->
                old == null || now - old.start >= windowNanos
                    ? new Window(now, 1)
                    : new Window(old.start, old.count == Integer.MAX_VALUE ? old.count : old.count + 1));
    if (w.count <= limit) {
      return 0;
    }
    long left = windowNanos - (now - w.start);
    return Math.max(1, (left + 999_999_999L) / 1_000_000_000L);
  }

  private record Window(long start, int count) {}
}
