package dev.errorcontract.examples.passport;

import dev.errorcontract.examples.support.FixedWindowLimiter;
import dev.errorcontract.jaxrs.ErrorContractFeature;
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
 *
 * <p>It aborts with the feature's documented response rather than throwing: these are the errors a
 * server sends most (a client without a key, a client over its limit), and aborting skips Jersey's
 * exception handling.
 */
@Priority(Priorities.AUTHENTICATION)
final class ApiKeyFilter implements ContainerRequestFilter {

  /** The header holding the API key. */
  static final String HEADER = "X-API-Key";

  private final ErrorContractFeature errors;
  private final PassportData data;
  private final FixedWindowLimiter limiter;

  ApiKeyFilter(ErrorContractFeature errors, PassportData data, FixedWindowLimiter limiter) {
    this.errors = errors;
    this.data = data;
    this.limiter = limiter;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    String key = request.getHeaderString(HEADER);
    if (data.account(key).isEmpty()) {
      request.abortWith(errors.toResponse(new PassportException.Unauthorized()));
      return;
    }
    long retryAfter = limiter.acquire(key);
    if (retryAfter > 0) {
      request.abortWith(errors.toResponse(new PassportException.TooManyRequests().retryAfter(retryAfter)));
    }
  }
}
