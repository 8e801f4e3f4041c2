package dev.errorcontract.integration.quarkus;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/**
 * Turns requests for {@code aborted/...} away from a request filter, as an API key or rate-limit
 * filter does: with the documented response of {@code ShopFeature.feature().toResponse}, no exception
 * thrown. Part of the application, as in error-jaxrs's suite.
 */
@Provider
@PreMatching
public class AbortingFilter implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath();
    if (path.startsWith("/")) {
      path = path.substring(1);
    }
    if (path.startsWith("aborted/limit/")) {
      int limit = Integer.parseInt(path.substring("aborted/limit/".length()));
      request.abortWith(ShopFeature.feature().toResponse(new ShopException.InvalidLimit(limit)));
    } else if (path.equals("aborted/retry")) {
      request.abortWith(ShopFeature.feature().toResponse(new ShopException.SlowDown().retryAfter(7)));
    }
  }
}
