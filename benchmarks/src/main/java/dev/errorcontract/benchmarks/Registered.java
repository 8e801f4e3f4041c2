package dev.errorcontract.benchmarks;

import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.MessageBodyWriter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * The provider instances a {@link Feature} registers, captured with a stand-in {@link FeatureContext}:
 * the benchmarks call the very mapper and body writer a server would, not a copy of their code.
 */
final class Registered {

  private final List<Object> instances = new ArrayList<>();

  private Registered() {}

  static Registered by(Feature feature) {
    Registered registered = new Registered();
    FeatureContext context =
        (FeatureContext)
            Proxy.newProxyInstance(
                Registered.class.getClassLoader(),
                new Class<?>[] {FeatureContext.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("register") && args != null && args.length > 0
                      && !(args[0] instanceof Class)) {
                    registered.instances.add(args[0]);
                    return proxy;
                  }
                  if (method.getReturnType() == FeatureContext.class) {
                    return proxy;
                  }
                  throw new UnsupportedOperationException(method.toString());
                });
    if (!feature.configure(context)) {
      throw new IllegalStateException(feature + " is disabled");
    }
    return registered;
  }

  /** The exception mapper registered for exactly {@code exceptionType}. */
  @SuppressWarnings("unchecked")
  <E extends Throwable> ExceptionMapper<E> mapperOf(Class<E> exceptionType) {
    for (Object instance : instances) {
      if (instance instanceof ExceptionMapper && typeArgument(instance, ExceptionMapper.class) == exceptionType) {
        return (ExceptionMapper<E>) instance;
      }
    }
    throw new IllegalStateException("no mapper for " + exceptionType + " in " + instances);
  }

  /** The body writer registered for exactly {@code entityType}. */
  @SuppressWarnings("unchecked")
  <T> MessageBodyWriter<T> writerOf(Class<T> entityType) {
    for (Object instance : instances) {
      if (instance instanceof MessageBodyWriter && typeArgument(instance, MessageBodyWriter.class) == entityType) {
        return (MessageBodyWriter<T>) instance;
      }
    }
    throw new IllegalStateException("no writer for " + entityType + " in " + instances);
  }

  private static Type typeArgument(Object instance, Class<?> generic) {
    for (Type type : instance.getClass().getGenericInterfaces()) {
      if (type instanceof ParameterizedType
          && ((ParameterizedType) type).getRawType() == generic) {
        return ((ParameterizedType) type).getActualTypeArguments()[0];
      }
    }
    return null;
  }
}
