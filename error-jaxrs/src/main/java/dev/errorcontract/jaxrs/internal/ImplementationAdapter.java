package dev.errorcontract.jaxrs.internal;

import jakarta.ws.rs.core.FeatureContext;

/**
 * What one JAX-RS implementation needs beyond the portable providers, registered by the feature on
 * that implementation only. Implementations live in a package of their own, compiled against the
 * implementation's API, and are instantiated by name ({@link RuntimeAdapters}) so that no other
 * class of the library links to them.
 *
 * <p>Internal: not an API.
 */
public interface ImplementationAdapter {

  /** Registers the adapter's providers in {@code context}. */
  void register(FeatureContext context);
}
