package dev.errorcontract.examples.passport;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;

/**
 * Every endpoint requires a known {@code X-API-Key} (else 401 "Unauthorized"), and each key may make
 * only so many requests per minute (else 429 "Too Many Requests" with {@code Retry-After}).
 *
 * <p>It runs after the request was matched to a resource, so an unknown path is a 404 whatever the
 * key: there is no endpoint there to protect.
 */
@Priority(Priorities.AUTHENTICATION)
final class ApiKeyFilter implements ContainerRequestFilter {

  /** The header holding the API key. */
  static final String HEADER = "X-API-Key";

  private final PassportData data;
  private final RateLimiter limiter;

  ApiKeyFilter(PassportData data, RateLimiter limiter) {
    this.data = data;
    this.limiter = limiter;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    String key = request.getHeaderString(HEADER);
    if (data.account(key).isEmpty()) {
      throw new PassportException.Unauthorized();
    }
    long retryAfter = limiter.acquire(key);
    if (retryAfter > 0) {
      throw new PassportException.TooManyRequests().retryAfter(retryAfter);
    }
  }
}
