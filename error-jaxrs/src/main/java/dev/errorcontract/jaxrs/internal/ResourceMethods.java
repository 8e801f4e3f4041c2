package dev.errorcontract.jaxrs.internal;

import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;

/** Reads the matched resource method from an injected {@link ResourceInfo} proxy, defensively. */
final class ResourceMethods {

  private ResourceMethods() {}

  /** The matched resource method, or {@code null} when none matched (an unknown path). */
  static Method of(ResourceInfo info) {
    try {
      return info == null ? null : info.getResourceMethod();
    } catch (RuntimeException outsideRequest) {
      // Some implementations' proxies fail when nothing matched: that is no resource method.
      return null;
    }
  }

  static boolean matched(ResourceInfo info) {
    return of(info) != null;
  }
}
