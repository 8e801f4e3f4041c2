package com.example.shop;

import jakarta.ws.rs.core.Application;
import java.util.Set;

/** The application: the generated feature makes every error answer a documented one. */
public class ShopApplication extends Application {
  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(ShopFeature.class, OrdersResource.class);
  }
}
