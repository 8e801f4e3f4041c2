package dev.errorcontract.spring.webmvc;

import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.function.Consumer;
import org.springframework.boot.web.server.WebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.util.ClassUtils;

/**
 * Reaches the embedded server (Tomcat, Jetty) the application runs on, for the answers it writes itself before the
 * application sees a request. Boot 4 moved the servers' factories and customizer interfaces into new
 * packages ({@code org.springframework.boot.tomcat} for {@code
 * org.springframework.boot.web.embedded.tomcat}), so the customizer is added by its method's name,
 * {@code addContextCustomizers} (Tomcat) or {@code addServerCustomizers} (Jetty), whose parameter type
 * each Boot version names: one class serves both.
 */
final class EmbeddedServers implements WebServerFactoryCustomizer<WebServerFactory> {

  private static final String TOMCAT_CONTEXT = "org.apache.catalina.Context";
  private static final String JETTY_SERVER = "org.eclipse.jetty.server.Server";

  private final WebMvcErrorContract contract;
  private final ClassLoader classLoader;

  EmbeddedServers(WebMvcErrorContract contract, ClassLoader classLoader) {
    this.contract = contract;
    this.classLoader = classLoader;
  }

  @Override
  public void customize(WebServerFactory factory) {
    if (ClassUtils.isPresent(TOMCAT_CONTEXT, classLoader)
        && ClassUtils.isPresent("org.apache.catalina.valves.ErrorReportValve", classLoader)) {
      add(factory, "addContextCustomizers", TOMCAT_CONTEXT,
          context -> TomcatErrorReport.install((org.apache.catalina.Context) context, contract));
    }
    if (ClassUtils.isPresent(JETTY_SERVER, classLoader)) {
      add(factory, "addServerCustomizers", JETTY_SERVER,
          server -> JettyErrorHandler.install((org.eclipse.jetty.server.Server) server, contract));
    }
  }

  /**
   * Calls {@code factory.adder(customizer)}, the customizer a proxy of the adder's parameter type whose
   * one method takes an instance of {@code argumentType}; nothing when the factory has no such adder
   * (another server).
   */
  private static void add(
      WebServerFactory factory, String adder, String argumentType, Consumer<Object> customize) {
    for (Method method : factory.getClass().getMethods()) {
      if (!method.getName().equals(adder) || method.getParameterCount() != 1
          || !method.getParameterTypes()[0].isArray()) {
        continue;
      }
      Class<?> type = method.getParameterTypes()[0].getComponentType();
      Object customizer = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
          (proxy, called, args) -> {
            switch (called.getName()) {
              case "equals":
                return proxy == args[0];
              case "hashCode":
                return System.identityHashCode(proxy);
              case "toString":
                return "error-contract " + type.getSimpleName();
              default:
                if (args != null && args.length == 1 && args[0] != null
                    && Class.forName(argumentType, false, type.getClassLoader()).isInstance(args[0])) {
                  customize.accept(args[0]);
                }
                return null;
            }
          });
      Object array = Array.newInstance(type, 1);
      Array.set(array, 0, customizer);
      try {
        method.invoke(factory, array);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("error-contract: cannot customize " + factory, e);
      } catch (InvocationTargetException e) {
        throw new IllegalStateException("error-contract: cannot customize " + factory, e.getCause());
      }
      return;
    }
  }
}
