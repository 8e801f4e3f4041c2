package dev.errorcontract.examples.passport.spring;

import dev.errorcontract.examples.passport.PassportData;
import dev.errorcontract.examples.passport.PassportException;
import dev.errorcontract.examples.support.FixedWindowLimiter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Every endpoint requires a known {@code X-API-Key} (else 401 "Unauthorized", with the 401 row's
 * {@code WWW-Authenticate: ApiKey}), and each key may make only so many requests per minute (else 429
 * "Too Many Requests" with {@code Retry-After}).
 *
 * <p>A handler interceptor, not a servlet filter: like the Jersey server's filter it runs once the
 * request was matched to a controller method, so an unknown path is a 404 whatever the key. It throws
 * the catalog's exceptions; the library's resolver answers them with their bytes and headers.
 */
final class ApiKeyInterceptor implements HandlerInterceptor {

  /** The header holding the API key. */
  static final String HEADER = "X-API-Key";

  private final PassportData data;
  private final FixedWindowLimiter limiter;

  ApiKeyInterceptor(PassportData data, FixedWindowLimiter limiter) {
    this.data = data;
    this.limiter = limiter;
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (!(handler instanceof HandlerMethod)) {
      return true;
    }
    String key = request.getHeader(HEADER);
    if (data.account(key).isEmpty()) {
      throw new PassportException.Unauthorized();
    }
    long retryAfter = limiter.acquire(key);
    if (retryAfter > 0) {
      throw new PassportException.TooManyRequests().retryAfter(retryAfter);
    }
    return true;
  }
}
