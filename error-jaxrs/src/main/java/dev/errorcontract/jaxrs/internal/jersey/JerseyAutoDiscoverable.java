package dev.errorcontract.jaxrs.internal.jersey;

import dev.errorcontract.jaxrs.internal.GeneratedProvider;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.Configuration;
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
 * <p>It acts only for an application that has a catalog's generated providers registered: every other
 * Jersey application on whose class path the library is (one without a catalog on the server, a client
 * alone) keeps Jersey's response-error processing as it configured it. An application registering the
 * feature instead gets the same from the feature, which is configured after this runs.
 *
 * <p>Internal: not an API.
 */
@ConstrainedTo(RuntimeType.SERVER)
public final class JerseyAutoDiscoverable implements ForcedAutoDiscoverable {

  @Override
  public void configure(FeatureContext context) {
    if (hasGeneratedProviders(context.getConfiguration())) {
      JerseyAdapter.enable(context);
    }
  }

  /** Whether the application registered, as classes or instances, a provider generated for a catalog. */
  static boolean hasGeneratedProviders(Configuration configuration) {
    for (Class<?> type : configuration.getClasses()) {
      if (GeneratedProvider.class.isAssignableFrom(type)) {
        return true;
      }
    }
    for (Object instance : configuration.getInstances()) {
      if (instance instanceof GeneratedProvider) {
        return true;
      }
    }
    return false;
  }
}
