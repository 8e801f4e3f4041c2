package dev.errorcontract.examples.signzy;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.util.Set;

/**
 * Every call carries its token in {@code Authorization} (else 401 "Authorization Required"), and each
 * token may make only so many requests per minute (else 403 "Access Forbidden": the published page
 * uses 403 for requests denied by request limits).
 *
 * <p>It runs after the request was matched to a resource, so an unknown path is a 404 whatever the
 * token.
 */
@Priority(Priorities.AUTHENTICATION)
final class TokenFilter implements ContainerRequestFilter {

  /** The token of the demo account. */
  static final String DEMO_TOKEN = "demo-token";

  private final Set<String> tokens;
  private final RequestLimiter limiter;

  TokenFilter(Set<String> tokens, RequestLimiter limiter) {
    this.tokens = Set.copyOf(tokens);
    this.limiter = limiter;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    String token = request.getHeaderString("Authorization");
    if (token == null || !tokens.contains(token)) {
      throw new SignzyException.AuthorizationRequired();
    }
    long retryAfter = limiter.acquire(token);
    if (retryAfter > 0) {
      throw new SignzyException.AccessForbidden().retryAfter(retryAfter);
    }
  }
}
