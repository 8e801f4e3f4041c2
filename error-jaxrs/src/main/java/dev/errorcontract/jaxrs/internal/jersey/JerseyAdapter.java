package dev.errorcontract.jaxrs.internal.jersey;

import dev.errorcontract.jaxrs.internal.ImplementationAdapter;
import dev.errorcontract.jaxrs.internal.ProviderRuntime;
import dev.errorcontract.jaxrs.internal.ThrowableMapper;
import jakarta.ws.rs.core.FeatureContext;
import java.util.Map;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.server.spi.ResponseErrorMapper;

/**
 * Jersey's adapter, instantiated by name by {@code RuntimeAdapters} once the runtime is known to be
 * Jersey: turns on Jersey's response-error mapping and registers {@link JerseyUnmappedThrowables}.
 * The property also lets a failure to find a body writer reach that mapper instead of the {@code
 * WebApplicationException} mapper; both answer it as the same documented 500.
 *
 * <p>Internal: not an API.
 */
public final class JerseyAdapter implements ImplementationAdapter {

  @Override
  public void register(FeatureContext context, ThrowableMapper throwables) {
    // The mapper first: where it cannot be linked, Jersey's configuration stays untouched.
    context.register(
        new JerseyUnmappedThrowables(throwables),
        Map.of(ResponseErrorMapper.class, ProviderRuntime.PRIORITY));
    context.property(ServerProperties.PROCESSING_RESPONSE_ERRORS_ENABLED, Boolean.TRUE);
  }
}
