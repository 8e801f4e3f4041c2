package dev.errorcontract.jaxrs.internal;

import jakarta.ws.rs.core.FeatureContext;

/**
 * Registers, from the feature, what one implementation needs beyond the portable providers, and only
 * on that implementation. The adapters link against the implementation's own API, so they are named
 * here, not referenced: on any other implementation they are never loaded and the library links
 * without them.
 *
 * <p>Apache CXF needs no registration: its adapter is a bus extension CXF finds itself
 * ({@code META-INF/cxf/bus-extensions.txt}, {@code internal.cxf}).
 *
 * <p>Internal: not an API.
 */
public final class RuntimeAdapters {

  private static final System.Logger LOG = System.getLogger("dev.errorcontract.jaxrs");
  private static final String JERSEY = "dev.errorcontract.jaxrs.internal.jersey.JerseyAdapter";

  private RuntimeAdapters() {}

  /** Registers the adapter of the implementation configuring {@code context}, if it needs one. */
  public static void register(FeatureContext context) {
    if (isJersey(context)) {
      try {
        Class.forName(JERSEY, true, RuntimeAdapters.class.getClassLoader())
            .asSubclass(ImplementationAdapter.class)
            .getConstructor()
            .newInstance()
            .register(context);
      } catch (ReflectiveOperationException | LinkageError spiNotVisible) {
        // A server may hide Jersey's SPI from applications; the portable providers still answer.
        LOG.log(
            System.Logger.Level.WARNING,
            "Jersey's ResponseErrorMapper is not visible to this library: an Error thrown by a filter"
                + " gets Jersey's own empty 500",
            spiNotVisible);
      }
    }
  }

  /**
   * Whether Jersey configures {@code context}: it hands every feature a context of its own ({@code
   * org.glassfish.jersey.model.internal.FeatureContextWrapper}).
   */
  static boolean isJersey(FeatureContext context) {
    return context.getClass().getName().startsWith("org.glassfish.jersey.");
  }
}
