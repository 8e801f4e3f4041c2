package dev.errorcontract.jaxrs.internal.undertow;

import java.lang.reflect.Method;

/**
 * Puts the declared {@code Content-Type} back on RESTEasy served by Undertow's servlet container.
 *
 * <p>Undertow's {@code HttpServletResponse.setHeader("Content-Type", ...)} parses the value and writes
 * {@code <type and other parameters>;charset=<value>}: {@code application/problem+json; charset=utf-8}
 * leaves as {@code application/problem+json;charset=utf-8}, and RESTEasy sets the header through it
 * whenever its headers change, the last time when the body's first byte is written. No JAX-RS or
 * servlet API reaches past that, so, after the first byte and before Undertow sends anything (it
 * buffers the small bodies errors have), this sets the header on Undertow's exchange itself. Every
 * step is a public method of a public class, found by reflection so that nothing here depends on
 * RESTEasy or Undertow; anywhere else it does nothing, at the cost of one failed lookup.
 *
 * <p>Internal: public because the body writers ({@code internal}) call it; not an API.
 */
public final class UndertowContentType {

  private static final System.Logger LOG = System.getLogger("dev.errorcontract.jaxrs");

  /** Resolved on first use: {@link #NONE} when not on RESTEasy over a servlet container. */
  private static volatile UndertowContentType access;

  private static final UndertowContentType NONE = new UndertowContentType(null, null, null);

  private final Method contextData;
  private final Class<?> servletResponse;
  /** The Undertow pieces, found from the first response; null until then or when not Undertow. */
  private volatile Target target;

  private UndertowContentType(Method contextData, Class<?> servletResponse, Target target) {
    this.contextData = contextData;
    this.servletResponse = servletResponse;
    this.target = target;
  }

  /** Sets {@code declared} as the Content-Type of the current response, where Undertow respells it. */
  public static void restore(String declared) {
    UndertowContentType resolved = access;
    if (resolved == null) {
      resolved = resolve();
      access = resolved;
    }
    if (resolved != NONE) {
      resolved.put(declared);
    }
  }

  private static UndertowContentType resolve() {
    ClassLoader loader = UndertowContentType.class.getClassLoader();
    try {
      Class<?> context = Class.forName("org.jboss.resteasy.core.ResteasyContext", false, loader);
      Class<?> response = Class.forName("jakarta.servlet.http.HttpServletResponse", false, loader);
      return new UndertowContentType(context.getMethod("getContextData", Class.class), response, null);
    } catch (ReflectiveOperationException | LinkageError | RuntimeException notResteasy) {
      return NONE;
    }
  }

  private void put(String declared) {
    try {
      Object response = contextData.invoke(null, servletResponse);
      if (response == null) {
        return;
      }
      Target resolved = target;
      if (resolved == null) {
        resolved = Target.of(response.getClass());
        target = resolved;
      }
      resolved.put(response, declared);
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.log(System.Logger.Level.DEBUG, "Content-Type left as the container spelled it", e);
    }
  }

  /** Undertow's response class and the methods reaching its header map. */
  private static final class Target {
    private final Class<?> responseClass;
    private final Method exchange;
    private final Method responseHeaders;
    private final Method put;
    private final Object contentType;

    private Target(Class<?> responseClass, Method exchange, Method responseHeaders, Method put,
        Object contentType) {
      this.responseClass = responseClass;
      this.exchange = exchange;
      this.responseHeaders = responseHeaders;
      this.put = put;
      this.contentType = contentType;
    }

    static Target of(Class<?> responseClass) throws ReflectiveOperationException {
      if (!responseClass.getName().startsWith("io.undertow.")) {
        return new Target(responseClass, null, null, null, null);
      }
      Method exchange = responseClass.getMethod("getExchange");
      Method responseHeaders = exchange.getReturnType().getMethod("getResponseHeaders");
      ClassLoader undertow = responseClass.getClassLoader();
      Class<?> httpString = Class.forName("io.undertow.util.HttpString", false, undertow);
      Object contentType =
          Class.forName("io.undertow.util.Headers", false, undertow).getField("CONTENT_TYPE").get(null);
      Method put = responseHeaders.getReturnType().getMethod("put", httpString, String.class);
      return new Target(responseClass, exchange, responseHeaders, put, contentType);
    }

    void put(Object response, String declared) throws ReflectiveOperationException {
      if (exchange == null || response.getClass() != responseClass) {
        return;
      }
      Object headers = responseHeaders.invoke(exchange.invoke(response));
      put.invoke(headers, contentType, declared);
    }
  }
}
