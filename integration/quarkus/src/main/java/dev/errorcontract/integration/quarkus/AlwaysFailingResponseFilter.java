package dev.errorcontract.integration.quarkus;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * A response filter with a bug that fails on every answer for {@code failing/always}, the error
 * answer replacing the first failure's included: what Quarkus REST sends when the contract's answer
 * cannot get through the application's filters either.
 */
@Provider
public class AlwaysFailingResponseFilter implements ContainerResponseFilter {

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (request.getUriInfo().getPath().endsWith("failing/always")) {
      throw new IllegalStateException("filter bug with " + ShopResources.SECRET);
    }
  }
}
