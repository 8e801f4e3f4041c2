package field;

import dev.errorcontract.jaxrs.internal.GeneratedProvider;
import dev.errorcontract.jaxrs.internal.ProviderRuntime;
import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import javax.annotation.processing.Generated;

/**
 * Sees every response: replaces an error response that is not a documented one of the Shop
 * catalog (an entity the application set itself) with the documented answer for its status, and
 * puts the request's instance in answers when the catalog says so.
 *
 * <p>Found by scanning and by build-time indexers (Quarkus): nothing to register. In Java SE,
 * register {@link ShopFeature#feature()} instead; registering both sends the same bytes. Thin: it
 * delegates to the error-jaxrs runtime the feature registers too.
 */
@Provider
@Priority(100)
@Generated(
    value = "dev.errorcontract.processor.ErrorCatalogProcessor",
    comments = "from field.ShopErrors"
)
public final class ShopResponseFilter implements ContainerResponseFilter, GeneratedProvider<ShopError> {
  /**
   * The catalog's runtime, shared by every provider of the catalog.
   */
  private final ProviderRuntime runtime;

  /**
   * The matched resource, injected by the implementation per request.
   */
  @Context
  ResourceInfo resourceInfo;

  /**
   * Called by the JAX-RS implementation.
   */
  public ShopResponseFilter() {
    this.runtime = ProviderRuntime.of(ShopError.table());
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    runtime.filter(request, response, resourceInfo);
  }
}
