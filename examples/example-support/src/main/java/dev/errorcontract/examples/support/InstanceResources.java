package dev.errorcontract.examples.support;

import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;

/**
 * Root resources served by instances the application built (with their dependencies), registered as
 * Jersey resource models instead of with {@code register(Object)}.
 *
 * <p>Why: Jersey (up to 4.0.2 at least) checks every instance given to {@code register(Object)} as if
 * it were a provider, and for a resource logs "does not implement any provider interfaces [...] will
 * be ignored" although the resource is served (eclipse-ee4j/jersey#3700). A model whose methods are
 * handled by the instance is served the same way and is not checked as a provider.
 */
public final class InstanceResources {

  private InstanceResources() {}

  /** The resource model of {@code instance}'s {@code @Path} class, every method handled by it. */
  public static Resource of(Object instance) {
    return boundTo(Resource.from(instance.getClass()), instance);
  }

  private static Resource boundTo(Resource model, Object instance) {
    Resource.Builder builder = Resource.builder(model);
    for (ResourceMethod method : model.getResourceMethods()) {
      builder.updateMethod(method).handledBy(instance, method.getInvocable().getHandlingMethod());
    }
    if (model.getResourceLocator() != null) {
      ResourceMethod locator = model.getResourceLocator();
      builder.updateMethod(locator).handledBy(instance, locator.getInvocable().getHandlingMethod());
    }
    for (Resource child : model.getChildResources()) {
      builder.replaceChildResource(child, boundTo(child, instance));
    }
    return builder.build();
  }
}
