package problem;

import dev.errorcontract.jaxrs.internal.GeneratedProvider;
import dev.errorcontract.jaxrs.internal.ProviderRuntime;
import jakarta.annotation.Priority;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import javax.annotation.processing.Generated;

/**
 * Makes a request body the installed reader cannot read (malformed JSON, a string where a
 * number belongs) the Billing catalog's documented answer to an unreadable body.
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
public final class BillingReaderInterceptor implements ReaderInterceptor, GeneratedProvider<BillingError> {
  /**
   * Called by the JAX-RS implementation.
   */
  public BillingReaderInterceptor() {
  }

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    return ProviderRuntime.readerInterceptor().aroundReadFrom(context);
  }
}
