package dev.errorcontract.jaxrs.internal.jersey;

import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * Jersey's own service for libraries on an application's class path ({@code
 * META-INF/services/org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable}): every Jersey server
 * runs it before the application's features, so that an application whose generated providers are
 * found by scanning, with no feature registered (a WAR on a Jakarta EE server, {@code
 * ResourceConfig.packages}), gets {@link JerseyUnmappedThrowables} too. Forced: it runs also where
 * an application switched Jersey's auto-discovery off.
 *
 * <p>Internal: not an API.
 */
@ConstrainedTo(RuntimeType.SERVER)
public final class JerseyAutoDiscoverable implements ForcedAutoDiscoverable {

  @Override
  public void configure(FeatureContext context) {
    JerseyAdapter.enable(context);
  }
}
