package org.glassfish.jersey.standin;

import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.FeatureContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A feature context that looks like Jersey's by its package, for {@code
 * dev.errorcontract.jaxrs.AdapterClassLoadingTest}: a runtime taken for Jersey whose SPI the library
 * cannot see. Records what is registered and the properties set; everything else is unsupported.
 */
public final class StandInJerseyFeatureContext implements FeatureContext {

  public final List<Object> registered = new ArrayList<>();
  public final Map<String, Object> properties = new HashMap<>();

  @Override
  public Configuration getConfiguration() {
    throw new UnsupportedOperationException();
  }

  @Override
  public FeatureContext property(String name, Object value) {
    properties.put(name, value);
    return this;
  }

  @Override
  public FeatureContext register(Class<?> componentClass) {
    throw new UnsupportedOperationException();
  }

  @Override
  public FeatureContext register(Class<?> componentClass, int priority) {
    throw new UnsupportedOperationException();
  }

  @Override
  public FeatureContext register(Class<?> componentClass, Class<?>... contracts) {
    throw new UnsupportedOperationException();
  }

  @Override
  public FeatureContext register(Class<?> componentClass, Map<Class<?>, Integer> contracts) {
    throw new UnsupportedOperationException();
  }

  @Override
  public FeatureContext register(Object component) {
    registered.add(component);
    return this;
  }

  @Override
  public FeatureContext register(Object component, int priority) {
    registered.add(component);
    return this;
  }

  @Override
  public FeatureContext register(Object component, Class<?>... contracts) {
    throw new UnsupportedOperationException();
  }

  @Override
  public FeatureContext register(Object component, Map<Class<?>, Integer> contracts) {
    registered.add(component);
    return this;
  }
}
