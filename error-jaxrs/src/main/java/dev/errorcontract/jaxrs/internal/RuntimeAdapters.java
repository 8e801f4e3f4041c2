package dev.errorcontract.jaxrs.internal;

import dev.errorcontract.jaxrs.internal.jersey.JerseyUnmappedThrowables;
import jakarta.ws.rs.core.FeatureContext;

/**
 * Registers, from the feature, what one implementation needs beyond the portable providers, and only
 * on that implementation: the adapter classes link against the implementation's own API, so they are
 * loaded only once the implementation is known to be the running one. On any other, nothing of theirs
 * is touched and the library links without them.
 *
 * <p>Apache CXF needs no registration: its adapter is a bus extension CXF finds itself
 * ({@code META-INF/cxf/bus-extensions.txt}, {@code internal.cxf}).
 *
 * <p>Internal: not an API.
 */
public final class RuntimeAdapters {

  private static final System.Logger LOG = System.getLogger("dev.errorcontract.jaxrs");

  private RuntimeAdapters() {}

  /** Registers the adapter of the implementation configuring {@code context}, if it needs one. */
  public static void register(FeatureContext context, ThrowableMapper throwables) {
    if (isJersey(context)) {
      try {
        JerseyUnmappedThrowables.register(context, throwables);
      } catch (LinkageError spiNotVisible) {
        // A server may hide Jersey's SPI from applications; the portable providers still answer.
        LOG.log(
            System.Logger.Level.WARNING,
            "Jersey's ResponseErrorMapper is not visible to this library: an Error thrown by a filter"
                + " gets Jersey's own empty 500",
            spiNotVisible);
      }
    }
  }

  /** Whether Jersey configures {@code context}: its feature context and configuration are its own. */
  static boolean isJersey(FeatureContext context) {
    return context.getClass().getName().startsWith("org.glassfish.jersey.")
        || context.getConfiguration().getClass().getName().startsWith("org.glassfish.jersey.");
  }
}
