package dev.errorcontract.jaxrs.internal.jersey;

import dev.errorcontract.jaxrs.internal.ImplementationAdapter;
import dev.errorcontract.jaxrs.internal.ProviderRuntime;
import jakarta.ws.rs.core.FeatureContext;
import java.util.Map;
import org.glassfish.jersey.internal.util.PropertiesHelper;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.server.spi.ResponseErrorMapper;

/**
 * Jersey's adapter: turns on Jersey's response-error mapping and registers {@link
 * JerseyUnmappedThrowables}, once per application. {@link JerseyAutoDiscoverable} does it for every
 * Jersey server whose application has a catalog's generated providers; the feature, through {@code RuntimeAdapters}, once the runtime is known to be
 * Jersey, for where Jersey's service files are not read. The property also lets a failure to find a
 * body writer reach that mapper instead of the {@code WebApplicationException} mapper; both answer
 * it as the same documented 500.
 *
 * <p>An application that sets the property itself keeps its choice: switched off, an {@code Error}
 * thrown by a filter gets Jersey's own empty 500 again, which is logged once at start.
 *
 * <p>Internal: not an API.
 */
public final class JerseyAdapter implements ImplementationAdapter {

  private static final System.Logger LOG = System.getLogger("dev.errorcontract.jaxrs");

  @Override
  public void register(FeatureContext context) {
    // The mapper finds the feature's ThrowableMapper among the application's mappers itself.
    enable(context);
  }

  /** Registers the mapper and turns the property on, unless done already or set by the application. */
  static void enable(FeatureContext context) {
    // Linked first: where Jersey's SPI is not visible, this fails before the configuration is touched.
    Class<ResponseErrorMapper> contract = ResponseErrorMapper.class;
    if (context.getConfiguration().isRegistered(JerseyUnmappedThrowables.class)) {
      return;
    }
    context.register(JerseyUnmappedThrowables.class, Map.of(contract, ProviderRuntime.PRIORITY));
    Object configured =
        context.getConfiguration().getProperty(ServerProperties.PROCESSING_RESPONSE_ERRORS_ENABLED);
    if (configured == null) {
      context.property(ServerProperties.PROCESSING_RESPONSE_ERRORS_ENABLED, Boolean.TRUE);
    } else if (!PropertiesHelper.isProperty(configured)) {
      // Read as Jersey's ServerRuntime reads it.
      LOG.log(
          System.Logger.Level.WARNING,
          "The application sets " + ServerProperties.PROCESSING_RESPONSE_ERRORS_ENABLED
              + " to " + configured + ": an Error thrown by a filter gets Jersey's own empty 500,"
              + " not the documented one");
    }
  }
}
