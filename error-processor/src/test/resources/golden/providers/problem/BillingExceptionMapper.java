package problem;

import dev.errorcontract.jaxrs.internal.GeneratedProvider;
import dev.errorcontract.jaxrs.internal.ProviderRuntime;
import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import javax.annotation.processing.Generated;

/**
 * Answers every {@link BillingException} with exactly what the Billing catalog documents:
 * its status, body, media type and headers. Its cause is logged with a correlation id ({@code
 * ERROR} for a 5xx, {@code DEBUG} for a 4xx), never sent.
 *
 * <p>Found by scanning and by build-time indexers (Quarkus): nothing to register. In Java SE,
 * register {@link BillingFeature#feature()} instead; registering both sends the same bytes. Thin: it
 * delegates to the error-jaxrs runtime the feature registers too.
 */
@Provider
@Priority(100)
@Generated(
    value = "dev.errorcontract.processor.ErrorCatalogProcessor",
    comments = "from problem.BillingErrors"
)
public final class BillingExceptionMapper implements ExceptionMapper<BillingException>, GeneratedProvider<BillingError> {
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
  public BillingExceptionMapper() {
    this.runtime = ProviderRuntime.of(BillingError.table());
  }

  @Override
  public Response toResponse(BillingException exception) {
    return runtime.toResponse(exception, resourceInfo);
  }
}
